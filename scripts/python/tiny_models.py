"""Builds the tiny random models and sample data the export run test trains on (no downloads).

Usage: python tiny_models.py SPEC.json OUT_DIR

SPEC.json: {"models": [{"name", "family", "chatTemplate"}], "data": [{"name", "format", "count",
"labelCount", "negatives"}]}. Each model is a 2-layer, 32-wide model of the named family
(config.model_type), saved with a byte-level BPE tokenizer trained here on a few sentences. Decoder
tokenizers carry a chat template: TRL's own Qwen 2.5 / Qwen 3 templates (so TRL's assistant-mask
path runs) or a plain one TRL cannot patch (so the scripts' per-turn fallback runs).
"""

import json
import random
import sys
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import AutoModel, AutoModelForCausalLM, PreTrainedTokenizerFast

WORDS = (
    "the model reads a question and writes an answer about code data memory training batch loss "
    "token sequence python function return value list query passage relevant document label class "
    "small tiny random test run step optimizer gradient weight adapter rank alpha layer head"
).split()
CHAT_SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>", "<pad>"]
ENCODER_SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
PLAIN_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def sentence(rng: random.Random, n: int = 8) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def bpe(special: list[str]) -> Tokenizer:
    rng = random.Random(0)
    tok = Tokenizer(models.BPE(unk_token=special[1] if special is ENCODER_SPECIAL else None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512, special_tokens=special, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator([sentence(rng, 20) for _ in range(200)] + ["def f(x):\n    return x + 1\n"], trainer)
    return tok


def chat_template(name: str) -> str:
    from trl import chat_template_utils as templates

    if name == "qwen2_5":
        return templates.qwen2_5_chat_template
    if name == "qwen3":
        return templates.qwen3_chat_template
    return PLAIN_TEMPLATE


def decoder_tokenizer(template: str) -> PreTrainedTokenizerFast:
    tok = PreTrainedTokenizerFast(
        tokenizer_object=bpe(CHAT_SPECIAL), eos_token="<|im_end|>", pad_token="<pad>", bos_token=None
    )
    tok.add_special_tokens({"additional_special_tokens": CHAT_SPECIAL[:6]})
    tok.chat_template = chat_template(template)
    tok.model_max_length = 4096
    return tok


def encoder_tokenizer() -> PreTrainedTokenizerFast:
    raw = bpe(ENCODER_SPECIAL)
    cls, sep = raw.token_to_id("[CLS]"), raw.token_to_id("[SEP]")
    raw.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=raw,
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=512,
    )


def decoder_config(family: str, vocab: int, pad: int, eos: int):
    import transformers

    small = dict(
        vocab_size=vocab,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=32768,
        pad_token_id=pad,
        eos_token_id=eos,
        bos_token_id=None,
        tie_word_embeddings=False,
    )
    classes = {
        "llama": "LlamaConfig",
        "mistral": "MistralConfig",
        "qwen2": "Qwen2Config",
        "qwen3": "Qwen3Config",
        "phi3": "Phi3Config",
        "gemma2": "Gemma2Config",
        "gemma3_text": "Gemma3TextConfig",
        "granite": "GraniteConfig",
        "olmo2": "Olmo2Config",
    }
    config_class = getattr(transformers, classes[family])
    if family == "qwen3":
        # 32, not 8: llama.cpp's q8_0 KV cache (-ctk q8_0) needs head_dim divisible by its 32-element block.
        small["head_dim"] = 32
    return config_class(**small)


def encoder_config(family: str, vocab: int, pad: int):
    import transformers

    small = dict(
        vocab_size=vocab,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        max_position_embeddings=520,
        pad_token_id=pad,
    )
    classes = {
        "bert": "BertConfig",
        "xlm-roberta": "XLMRobertaConfig",
        "roberta": "RobertaConfig",
        "deberta-v2": "DebertaV2Config",
        "modernbert": "ModernBertConfig",
        "distilbert": "DistilBertConfig",
    }
    if family == "distilbert":
        small = dict(vocab_size=vocab, dim=32, hidden_dim=64, n_layers=2, n_heads=2, max_position_embeddings=520, pad_token_id=pad)
    if family == "modernbert":
        small.update(global_attn_every_n_layers=1, local_attention=64)
    return getattr(transformers, classes[family])(**small)


def build_model(spec: dict, out: Path) -> None:
    target = out / spec["name"]
    if spec["kind"] == "decoder":
        tok = decoder_tokenizer(spec.get("chatTemplate") or "plain")
        config = decoder_config(spec["family"], len(tok), tok.pad_token_id, tok.eos_token_id)
        model = AutoModelForCausalLM.from_config(config)
    else:
        tok = encoder_tokenizer()
        config = encoder_config(spec["family"], len(tok), tok.pad_token_id)
        model = AutoModel.from_config(config)
    model.save_pretrained(target)
    tok.save_pretrained(target)


def rows(spec: dict) -> list[dict]:
    rng = random.Random(spec["name"])
    count, labels = spec["count"], spec.get("labelCount", 2)
    fmt = spec["format"]
    out = []
    for i in range(count):
        tag = f"example {i}"
        if fmt == "chat":
            out.append(
                {
                    "messages": [
                        {"role": "user", "content": f"{tag} {sentence(rng)}"},
                        {"role": "assistant", "content": sentence(rng)},
                        {"role": "user", "content": sentence(rng)},
                        {"role": "assistant", "content": sentence(rng)},
                    ]
                }
            )
        elif fmt == "text":
            out.append({"text": f"{tag} {sentence(rng, 24)}"})
        elif fmt == "fim":
            out.append({"prefix": f"def f{i}(x):\n    ", "suffix": "\n    return y\n", "middle": "y = x + 1"})
        elif fmt == "multi-class":
            out.append({"text": f"{tag} {sentence(rng)}", "label": i % labels})
        elif fmt == "multi-label":
            out.append({"text": f"{tag} {sentence(rng)}", "labels": [rng.randint(0, 1) for _ in range(labels)]})
        elif fmt == "similarity":
            row = {"anchor": f"{tag} {sentence(rng)}", "positive": f"{tag} answer {sentence(rng)}"}
            for k in range(1, spec.get("negatives", 0) + 1):
                row[f"negative_{k}"] = f"{tag} other {k} {sentence(rng)}"
            out.append(row)
        elif fmt == "reranking":
            out.append({"query": f"{tag} {sentence(rng)}", "positive": f"{tag} document {sentence(rng)}"})
        else:
            raise SystemExit(f"unknown data format {fmt}")
    return out


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    out = Path(sys.argv[2])
    for model in spec["models"]:
        build_model(model, out / "models")
    (out / "data").mkdir(parents=True, exist_ok=True)
    for data in spec["data"]:
        lines = "\n".join(json.dumps(row) for row in rows(data))
        (out / "data" / f"{data['name']}.jsonl").write_text(lines + "\n")
    print(f"built {len(spec['models'])} models and {len(spec['data'])} data files in {out}")


if __name__ == "__main__":
    main()
