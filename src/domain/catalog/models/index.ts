import type { CatalogModel } from '../schema';
import { catalogLookup } from '../lookup';
import { bertModels } from './bert';
import { bgeM3Models } from './bge-m3';
import { bgeRerankerV1Models } from './bge-reranker-v1';
import { bgeRerankerV2Models } from './bge-reranker-v2';
import { bgeV1_5Models } from './bge-v1-5';
import { debertaV3Models } from './deberta-v3';
import { deepseekR1DistillModels } from './deepseek-r1-distill';
import { distilbertModels } from './distilbert';
import { e5V2Models } from './e5-v2';
import { gemma2_2bModels } from './gemma-2-2b';
import { gemma2_9b_27bModels } from './gemma-2-9b-27b';
import { gemma3Models } from './gemma-3';
import { granite3_1Models } from './granite-3-1';
import { gteModels } from './gte';
import { jinaRerankerV2Models } from './jina-reranker-v2';
import { llama3_1Models } from './llama-3-1';
import { llama3_2Models } from './llama-3-2';
import { llama3_3Models } from './llama-3-3';
import { me5Models } from './me5';
import { mistral7bModels } from './mistral-7b';
import { mistralNemoModels } from './mistral-nemo';
import { mistralSmall3Models } from './mistral-small-3';
import { mixtralModels } from './mixtral';
import { modernbertModels } from './modernbert';
import { nomicEmbedModels } from './nomic-embed';
import { olmo2Models } from './olmo-2';
import { phi3_5Models } from './phi-3-5';
import { phi4Models } from './phi-4';
import { qwen2_5_0_5b_1_5bModels } from './qwen2-5-0-5b-1-5b';
import { qwen2_5_14b_32bModels } from './qwen2-5-14b-32b';
import { qwen2_5_3b_7bModels } from './qwen2-5-3b-7b';
import { qwen2_5_72bModels } from './qwen2-5-72b';
import { qwen2_5CoderModels } from './qwen2-5-coder';
import { qwen3Models } from './qwen3';
import { qwen3_30bA3bModels } from './qwen3-30b-a3b';
import { qwen3EmbeddingModels } from './qwen3-embedding';
import { qwen3RerankerModels } from './qwen3-reranker';
import { robertaModels } from './roberta';
import { sentenceTransformersModels } from './sentence-transformers';
import { sentenceTransformersCrossencoderModels } from './sentence-transformers-crossencoder';
import { smollm2Models } from './smollm2';
import { xlmRobertaModels } from './xlm-roberta';
import { devstralModels } from './devstral';
import { granite4Models } from './granite-4-0';
import { gteModernbertModels } from './gte-modernbert';
import { magistralModels } from './magistral';
import { mistralSmall3_1Models } from './mistral-small-3-1';
import { mistralSmall3_2Models } from './mistral-small-3-2';
import { mmbertModels } from './mmbert';
import { nemotronModels } from './nemotron-3';
import { phi4MiniModels } from './phi-4-mini';
import { smollm3Models } from './smollm3';
import { embeddingGemmaModels } from './embeddinggemma';
import { jinaEmbeddingsV3Models } from './jina-embeddings-v3';
import { gemma3_270mModels } from './gemma-3-270m';
import { gemma3nModels } from './gemma-3n';
import { gemma4Models } from './gemma-4';
import { gemma4BaseModels } from './gemma-4-base';
import { gptOssModels } from './gpt-oss';
import { llama4Models } from './llama-4';
import { qwen32507Models } from './qwen3-2507';
import { qwen35Models } from './qwen3-5';
import { qwen36Models } from './qwen3-6';
import { qwen35_4bModels } from './qwen3-5-4b';
import { qwen35_35bA3bModels } from './qwen3-5-35b-a3b';
import { qwen3CoderModels } from './qwen3-coder';
import { qwen3Embedding4b8bModels } from './qwen3-embedding-4b-8b';
import { qwen3NextModels } from './qwen3-next';
import { qwen3Reranker4b8bModels } from './qwen3-reranker-4b-8b';
import { ministral3Models } from './ministral-3';
import { olmo3Models } from './olmo-3';
import { starcoder2Models } from './starcoder2';

/**
 * The model catalog, one module per family (or per size group of a large family) in this folder.
 * Each module exports `<family>Models: CatalogModel[]`; shared sources and notes live in
 * ./sources. To add a model, add its entry to its family's module (or a new module listed below);
 * catalog.test.ts checks every entry against catalogModelSchema and its parameter count against
 * its config.
 *
 * Decoder-only LLMs of the catalog: what each model is, its Hugging Face config.json (the memory
 * model reads it), exact parameter count, context window, languages, license and published MMLU /
 * HumanEval figures. Data only; catalogModelSchema checks every entry.
 *
 * How facts are sourced for decoders:
 * - Starting point: the project's reference data (models.json, model-configs.json), re-checked
 *   against model cards, official blogs and repositories, and copies of the published config.json.
 * - Every fact carries a source. `verified` = read in the developer's own card, blog, paper or repo
 *   (or the official config.json at a commit); `secondary` = a faithful copy (config.json copies
 *   whose _name_or_path is the official repo, converters such as keras-hub / litgpt / mlc-llm, or
 *   quoted cards) or a count computed from such a config; `unverified` = not confirmed, kept only
 *   with the reason in `notes`.
 * - `config` uses Hugging Face's own field names and values. Fields that could not be confirmed for
 *   the published file are left out (and named in the notes) rather than guessed; where a field is
 *   a class default that the published file omits (e.g. Gemma's tie_word_embeddings) the notes say
 *   so. For the multimodal Gemma 3 checkpoints the text_config is flattened to the top level
 *   (model_type gemma3_text) and only the language model is counted.
 * - `parameters.total` is the stored-parameter count (all experts for MoE; tied embeddings counted
 *   once); `active` is given for MoE models, computed exactly from the config.
 * - `context.native` is the trained window; `extended` is what the developer documents with RoPE
 *   scaling (YaRN) that the user must enable. Traps (max_position_embeddings that is not the
 *   context) are in `context.note`.
 * - Benchmarks: only MMLU (5-shot unless the setting says otherwise) and HumanEval (pass@1) figures
 *   with a source; the setting names the checkpoint measured when it is not the entry itself.
 *   Missing figures are omitted and explained in the notes, never filled in.
 *
 * The catalog's encoders (fine-tune for classification), embedding bi-encoders (similarity) and
 * rerankers (cross-encoders and the Qwen3 pointwise LLM reranker).
 *
 * How facts are sourced for encoders, embedding models and rerankers:
 * - `config` holds the Hugging Face `config.json` fields a user would paste, with HF's own names
 *   (DistilBERT and nomic-bert keep their own). Values come from the guide's reference data,
 *   copies of the published configs and model cards, and are cross-checked
 *   by recomputing the parameter count from them: where the recomputed count equals an exact
 *   published count (keras-hub preset metadata, or the Hub's safetensors total), the shape is
 *   settled even when the config file itself was only read in a copy.
 * - `parameters.total` counts the weights of the checkpoint's network as HF loads it: the encoder
 *   with its pooler where the checkpoint has one, the classification head of a cross-encoder, and
 *   for Qwen3 the tied LM head once. Non-parameter buffers (`position_ids`) are not counted, so a
 *   Hub safetensors total can exceed ours by 512 or 514. Task heads you add when fine-tuning are
 *   extra.
 * - Status: "verified" = read in the developer's own source; "secondary" = read in a faithful copy
 *   or a third-party listing, or computed from such values; "unverified" = not confirmed, with the
 *   reason in `notes`. Benchmarks are only MTEB/BEIR figures, "verified" when the developer reports
 *   them and "secondary" when a third party measured or listed them.
 * - "read in a third-party copy" means the fact was read in a faithful public copy of the cited
 *   page (a fixture, a converter, a quoted card), not on the page itself: such facts are secondary.
 */

/** Every model Tunewise can recommend: decoders, encoders, embedding models and rerankers. */
export const catalogModels: readonly CatalogModel[] = [
  ...llama3_2Models,
  ...llama3_1Models,
  ...llama3_3Models,
  ...llama4Models,
  ...mistral7bModels,
  ...mistralNemoModels,
  ...mistralSmall3Models,
  ...mistralSmall3_1Models,
  ...mistralSmall3_2Models,
  ...magistralModels,
  ...devstralModels,
  ...ministral3Models,
  ...mixtralModels,
  ...qwen2_5_0_5b_1_5bModels,
  ...qwen2_5_3b_7bModels,
  ...qwen2_5_14b_32bModels,
  ...qwen2_5_72bModels,
  ...qwen2_5CoderModels,
  ...starcoder2Models,
  ...qwen3Models,
  ...qwen3_30bA3bModels,
  ...qwen32507Models,
  ...qwen3NextModels,
  ...qwen3CoderModels,
  ...qwen35Models,
  ...qwen35_4bModels,
  ...qwen35_35bA3bModels,
  ...qwen36Models,
  ...gemma2_2bModels,
  ...gemma2_9b_27bModels,
  ...gemma3Models,
  ...gemma3_270mModels,
  ...gemma3nModels,
  ...gemma4Models,
  ...gemma4BaseModels,
  ...phi3_5Models,
  ...phi4Models,
  ...phi4MiniModels,
  ...gptOssModels,
  ...deepseekR1DistillModels,
  ...smollm2Models,
  ...smollm3Models,
  ...olmo2Models,
  ...olmo3Models,
  ...granite3_1Models,
  ...granite4Models,
  ...nemotronModels,
  ...bertModels,
  ...robertaModels,
  ...debertaV3Models,
  ...distilbertModels,
  ...modernbertModels,
  ...mmbertModels,
  ...xlmRobertaModels,
  ...bgeM3Models,
  ...bgeV1_5Models,
  ...e5V2Models,
  ...me5Models,
  ...nomicEmbedModels,
  ...sentenceTransformersModels,
  ...gteModels,
  ...gteModernbertModels,
  ...qwen3EmbeddingModels,
  ...qwen3Embedding4b8bModels,
  ...embeddingGemmaModels,
  ...jinaEmbeddingsV3Models,
  ...bgeRerankerV2Models,
  ...bgeRerankerV1Models,
  ...sentenceTransformersCrossencoderModels,
  ...jinaRerankerV2Models,
  ...qwen3RerankerModels,
  ...qwen3Reranker4b8bModels,
];

/** Look-ups by id, and the memory model's view of an entry (parsed once from its config.json). */
export const { findModel, specOfModel } = catalogLookup(catalogModels);
