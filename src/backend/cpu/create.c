/* ============================================================================================
   CPU backend: work memory, creation
   ============================================================================================ */
static size_t sd__cpu_work_bytes(sd__backend *b, const sd__op_call *call) {
    const sd__cpu_backend *cb = (const sd__cpu_backend *)b;
    size_t scratch_floats, pack_bytes;
    int per_pass;
    switch (call->kind) {
    case SD__OP_CONV2D: case SD__OP_LINEAR: return sd__cpu_work_size(cb, SD__GEMM_SCRATCH, 0);
    case SD__OP_GROUP_NORM: return sd__cpu_work_size(cb, 0, sd__group_norm_work(call->x));
    case SD__OP_ATTENTION:
        sd__attention_work(call->x, call->w, call->heads, call->heads_per_pass, &scratch_floats, &pack_bytes, &per_pass);
        return sd__cpu_work_size(cb, scratch_floats, pack_bytes);
    default: return 0;
    }
}

static void sd__cpu_reserve_work(sd__backend *b, size_t bytes) { sd__cpu_work((sd__cpu_backend *)b, bytes); }

/* Joins the workers and frees all backend memory, tensors the caller still holds included. */
static void sd__cpu_destroy(sd__backend *b) {
    sd__cpu_backend *cb = (sd__cpu_backend *)b;
    sd__env *env;
    if (!cb) return;
    env = b->env;
    sd__pool_destroy(env, &cb->pool);
    while (cb->blocks) sd__cpu_free(b, cb->blocks + 1); /* a block's data follows its header */
    sd__free(env, cb->scratch);
    sd__free(env, cb);
}

static const sd__backend_ops sd__cpu_ops = {
    "cpu", sd__cpu_destroy, sd__cpu_alloc_op, sd__cpu_release, sd__cpu_weight_bytes, sd__cpu_upload_weight,
    sd__cpu_mem_alloc, sd__cpu_mem_free, sd__cpu_copy, sd__cpu_prefetch, sd__cpu_await_copy, sd__cpu_write, sd__cpu_read,
    sd__cpu_conv2d, sd__cpu_linear, sd__cpu_group_norm, sd__cpu_layer_norm, sd__cpu_attention, sd__cpu_activation,
    sd__cpu_geglu, sd__cpu_add, sd__cpu_upsample, sd__cpu_concat, sd__cpu_timestep_embedding, sd__cpu_work_bytes,
    sd__cpu_reserve_work, sd__cpu_denoise_input, sd__cpu_denoise_step, NULL, NULL, NULL, NULL};

/* A CPU backend running its ops on `threads` threads (the caller's plus threads - 1 workers), at
   `precision`: fp32 (or DEFAULT), fp16 (weights in IEEE half, float products) or bf16. */
static sd_result sd__cpu_backend_create(sd__env *env, int threads, sd_precision precision, sd__backend **out) {
    sd__cpu_backend *cb;
    sd_result r;
    *out = NULL;
    if (threads < 1 || threads > SD_MAX_THREADS)
        return sd__fail(env, SD_ERR_INVALID_ARGUMENT, "cpu backend: threads must be 1 to %d, got %d", SD_MAX_THREADS, threads);
    if (precision == SD_PRECISION_TF32 || (int)precision < 0 || precision > SD_PRECISION_BF16)
        return sd__fail(env, SD_ERR_UNSUPPORTED, "the CPU backend computes at fp32, fp16 or bf16 precision, not %s",
                        precision == SD_PRECISION_TF32 ? "tf32 (an NVIDIA tensor-core mode)" : "an unknown one");
    cb = (sd__cpu_backend *)sd__calloc(env, 1, sizeof *cb);
    if (!cb) return sd__oom(env);
    cb->base.ops = &sd__cpu_ops;
    cb->base.env = env;
    cb->base.dtype = SD__F32;
    cb->base.host_memory = 1;
    cb->threads = threads;
    cb->kernels = sd__pick_kernels();
    cb->precision = precision ? precision : SD_PRECISION_FP32;
    cb->scratch = (float **)sd__calloc(env, (size_t)threads, sizeof(float *));
    if (!cb->scratch) {
        sd__cpu_destroy(&cb->base);
        return sd__oom(env);
    }
    if ((r = sd__pool_create(env, threads, &cb->pool)) != SD_OK) {
        sd__cpu_destroy(&cb->base);
        return r;
    }
    sd__log(env, SD_LOG_INFO, "cpu backend: %d threads, %s kernels, %s", threads, cb->kernels.name,
            cb->precision == SD_PRECISION_BF16 ? "bf16 products" : cb->precision == SD_PRECISION_FP16 ? "fp16 weights" : "fp32");
    if (cb->precision == SD_PRECISION_BF16 && !cb->kernels.bf16_pair)
        sd__log(env, SD_LOG_WARN, "this CPU has no AVX512_BF16: bf16 runs the portable kernel, far slower than fp32");
    *out = &cb->base;
    return SD_OK;
}
