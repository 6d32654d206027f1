import { useId, useState, type ChangeEvent } from 'react';
import {
  countParameters,
  modelSpecFromConfig,
  ModelConfigError,
  readPastedConfig,
} from '../../domain/memory';
import type { CustomModel } from '../../domain/recommend';

const MAX_FILE_BYTES = 512 * 1024;

interface CustomModelPanelProps {
  model: CustomModel | null;
  onUse: (model: CustomModel) => void;
  onRemove: () => void;
}

/** Reads pasted text into a reduced config, or explains what is wrong with it. */
function readConfig(text: string): { config: Record<string, unknown> } | { error: string } {
  try {
    return { config: readPastedConfig(text) };
  } catch (error) {
    return {
      error:
        error instanceof ModelConfigError ? error.message : 'This config.json could not be read.',
    };
  }
}

/**
 * Paste or upload a Hugging Face config.json to get the same estimates for any model. A bad file
 * gets a message naming the problem; the rest of the answers are untouched.
 */
export function CustomModelPanel({ model, onUse, onRemove }: CustomModelPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const use = () => {
    if (text.trim() === '') {
      setError('Paste the contents of a config.json, or upload the file, first.');
      return;
    }
    const result = readConfig(text);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    onUse({ name: name.trim() || 'My model', config: result.config as CustomModel['config'] });
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    setError(null);
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024).toFixed(0)} KB; a config.json is a few KB. Choose the model’s config.json.`,
      );
      return;
    }
    let content: string;
    try {
      content = await readText(file);
    } catch {
      setError(`${file.name} could not be read. Try again, or paste its contents.`);
      return;
    }
    setText(content);
    setNote(`Loaded ${file.name}. Check the name, then choose “Use this config”.`);
    if (!name)
      setName(
        file.name.replace(/\.json$/i, '') === 'config' ? '' : file.name.replace(/\.json$/i, ''),
      );
  };

  const spec = model ? safeSpec(model.config) : null;
  return (
    <section className="custom-model" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your own model (optional)</h2>
      {model && spec ? (
        <div className="notice">
          <p className="notice-title">Using “{model.name}”</p>
          <p>
            {(spec.parameters / 1e9).toFixed(2)}B parameters · {spec.layers} layers · hidden{' '}
            {spec.hidden} · {spec.heads} heads ({spec.kvHeads} KV) · vocabulary{' '}
            {spec.vocab.toLocaleString('en-US')}
            {spec.experts ? ` · ${spec.experts} experts` : ''}. Its estimates appear in the charts
            and the results.
          </p>
          <button type="button" className="button secondary" onClick={onRemove}>
            Remove this model
          </button>
        </div>
      ) : null}
      <p className="field-hint">
        Paste a Hugging Face <code>config.json</code> or upload the file: Tunewise reads the
        architecture and gives the same estimates as for catalog models. It stays in your browser.
      </p>
      <div className={error ? 'field has-error' : 'field'}>
        <label className="field-label" htmlFor={`${id}-config`}>
          config.json
        </label>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-config`}
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          placeholder='{"model_type": "llama", "hidden_size": 4096, …}'
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          Or upload config.json
        </label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={upload} />
        {note ? (
          <p className="field-hint" role="status">
            {note}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name for this model
        </label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <p>
        <button type="button" className="button secondary" onClick={use}>
          Use this config
        </button>
      </p>
    </section>
  );
}

/** A file's text, through FileReader (available wherever File is). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file);
  });
}

function safeSpec(config: CustomModel['config']) {
  try {
    const spec = modelSpecFromConfig(config);
    return {
      parameters: countParameters(spec).total,
      layers: spec.numLayers + spec.numDecoderLayers,
      hidden: spec.hiddenSize,
      heads: spec.numHeads,
      kvHeads: spec.numKvHeads,
      vocab: spec.vocabSize,
      experts: spec.moe?.numExperts ?? 0,
    };
  } catch {
    return null;
  }
}
