"""Wrong: folds the factor 3 into v in place, so the caller's v is changed.

(3 * (x + 2) ** 2 has the derivative 6 (x + 2) = 2 (x + 2) * 3: the student
backpropagates (x + 2) ** 2 with 3 v, right numbers, and v is now three times larger.)

fails: v_unchanged
diagnosis: changed the values of v
description: scales v in place (v *= 3) instead of building a new tensor; x.grad is right but the caller's v changed
mistakes: input_mutated
"""


def vector_backward(x, v):
    y = (x + 2) ** 2
    v *= 3
    y.backward(v)
    return 3 * y
