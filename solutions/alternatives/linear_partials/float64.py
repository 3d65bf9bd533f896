"""y computed in float64; the partials flow back into the float32 inputs."""


def linear_partials(x, w, b):
    y = w.double() * x.double() + b.double()
    y.backward()
    return y
