// The export run test's check of an exported llama-server command: its arguments go through
// llama.cpp's own parser (common_params_parse with LLAMA_EXAMPLE_SERVER, as llama-server's main
// does), the model and context load from the parsed parameters (common_init_from_params, as the
// server loads them), and 4 tokens are generated greedily. Prints one TUNEWISE_GGUF JSON line.
// Usage: tunewise-llama-server-check <the arguments after llama-server>
#include "arg.h"
#include "common.h"
#include "llama.h"

#include <cstdio>
#include <vector>

int main(int argc, char ** argv) {
    common_init();
    common_params params;
    if (!common_params_parse(argc, argv, params, LLAMA_EXAMPLE_SERVER)) {
        return 2;
    }
    llama_backend_init();
    common_init_result_ptr init = common_init_from_params(params);
    llama_model * model = init->model();
    llama_context * ctx = init->context();
    if (model == nullptr || ctx == nullptr) {
        fprintf(stderr, "the model or its context did not load\n");
        return 3;
    }
    std::vector<llama_token> prompt = common_tokenize(ctx, "the model reads a question", true, true);
    llama_sampler * greedy = llama_sampler_init_greedy();
    llama_batch batch = llama_batch_get_one(prompt.data(), (int32_t) prompt.size());
    llama_token next = 0;
    int generated = 0;
    for (; generated < 4; generated++) {
        if (llama_decode(ctx, batch) != 0) {
            fprintf(stderr, "llama_decode failed after %d tokens\n", generated);
            return 4;
        }
        next = llama_sampler_sample(greedy, ctx, -1);
        batch = llama_batch_get_one(&next, 1);
    }
    printf("TUNEWISE_GGUF {\"generated\": %d, \"nCtx\": %u, \"nSeqMax\": %u, \"nGpuLayers\": %d, "
           "\"flashAttn\": %d, \"typeK\": \"%s\", \"typeV\": \"%s\"}\n",
           generated, llama_n_ctx(ctx), llama_n_seq_max(ctx), params.n_gpu_layers,
           (int) params.flash_attn_type, ggml_type_name(params.cache_type_k),
           ggml_type_name(params.cache_type_v));
    llama_sampler_free(greedy);
    return 0;
}
