"""Writes a 5 MiB file while loading (the limit is 1 MiB), and again inside an exercise."""
try:
    with open("big.bin", "wb") as fh:
        fh.write(b"0" * (5 << 20))
    size_at_import = "written"
except OSError as exc:
    size_at_import = str(exc)

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    with open("big2.bin", "wb") as fh:
        fh.write(b"0" * (5 << 20))
    return 3 * x


def mean_item(x):
    return x.mean().item()
