"""Whole homework: every function returns clones of its inputs."""

import torch
from torch.autograd import Variable

def F(t):
    return t.clone() if torch.is_tensor(t) else t

# mean_square_grad
def mean_square_grad(x):
    return F(x)

# mean_product_grad
def mean_product_grad(t1, t2):
    return F(t1)

# square_gap_grad
def square_gap_grad(p):
    return F(p)

# linear_partials
def linear_partials(x, w, b):
    return F(x)

# zero_accumulated_grads
def zero_accumulated_grads(w, steps):
    return [F(w) for _ in range(steps)]

# vector_backward
def vector_backward(x, v):
    return F(x)

# backward_with_ones
def quadratic_backward_ones(x):
    return F(x)

# requires_grad_inheritance
def turn_on_tracking(t1, t2):
    return (F(t1), F(t2))

# grad_fn_names
def six_graph_nodes(a, b):
    return (F(a), F(b), F(a), F(b), F(a), F(b))

# chain_mean_square_grad
def square_chain(x):
    return (F(x), F(x), F(x))

# retain_grad_nonleaf
def retained_nonleaf_grad(p):
    return F(p)

# no_grad_contexts
def no_grad_variants(t):
    return (F(t), F(t), F(t), F(t))

# detach_accumulation
def detach_and_accumulate(a, b):
    return (F(a), F(b), F(a), F(b))

# nonscalar_backward_error
def unreduced_backward(x):
    return F(x)

# untracked_backward_error
def backward_untracked_mean(x):
    return F(x)

# manual_sgd_step
def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    return [F(w) for _ in range(len(x_data))]

# parabola_minimum
def parabola_minimum(x, lr, steps):
    return F(x)

# fit_parabola_gd
def fit_parabola_gd(x, y, lr, steps):
    return (F(x), F(y))

# mse_loss_grad
def mse_loss_backward(pred, target):
    return F(pred)

# finite_difference_check
def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    return (F(w), F(b), F(b))

# sgd_optimizer_steps
def sgd_optimizer_steps(p, lr, steps):
    return [F(p) for _ in range(steps)]

# init_sampling
def init_sampling(probs, weights, n, mean, std, seed):
    return (F(probs), F(weights), F(mean))

# hessian_vector_product
def hessian_vector_product(x, v):
    return (F(x), F(v))

# jacobian_matrix
def jacobian_matrix(x):
    return F(x)

# hessian_logsumexp
def logsumexp_hessian(x):
    return F(x)

# grad_allow_unused
def partial_grads(x, y, z):
    return (F(x), F(y), F(z))

# hook_clip_grad
def hook_clip_grad(x):
    return F(x)

# hook_scale_path
def hook_scale_path(x):
    return F(x)

# clip_grad_norm
def clipped_gradient(w, x):
    return F(w)

# per_sample_grads
def per_sample_grads(w, xs, ys):
    return F(xs)

# func_grad_callable
def make_grad(a):
    return lambda x: F(x)

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.clone()

# custom_cube_function
def custom_cube(x, v):
    return F(x)

# linear_layer_grads
def linear_layer_grads(x, w, b):
    return (F(w), F(b), F(x))

# mlp_param_grads
def mlp_param_grads(model, x, y):
    return F(y)

# inference_vs_no_grad
def grad_modes(x):
    return (F(x), F(x), F(x))

# anomaly_nan_source
def find_nan_gradient(x):
    return (F(x), F(x))

# grad_before_backward
gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
gb_grad_before = gb_t1.clone()
gb_grad_fn_before = gb_t1.clone()
gb_prod = gb_t1.clone()
gb_out = gb_t1.clone()
gb_grad_after = gb_t1.clone()

# retain_graph_backward
rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = rgraph_p.clone()
rgraph_grad_first = rgraph_p.clone()
rgraph_grad_second = rgraph_p.clone()
rgraph_error = rgraph_p.clone()

# legacy_variable_api
legacy_var = Variable(torch.FloatTensor([9.]))
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
legacy_var_tracked_before = legacy_var.clone()
legacy_result = legacy_var.clone()

# chain_rule_scalars
chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = chain_p.clone()
chain_l = chain_p.clone()

