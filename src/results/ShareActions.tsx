import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAnswersHash } from '../app/wizard/answersHash';
import { absoluteUrl, copyText, downloadText, printPage } from '../app/adapters/browser';
import {
  axolotlYaml,
  exportJsonText,
  exportMarkdown,
  launchFiles,
  mlxLoraConfig,
  pythonSnippet,
  pythonSnippetLibraries,
} from '../domain/export';
import type { Recommendation } from '../domain/recommend';

/** A file name from the project name (or the purpose): letters, digits and dashes only. */
export function slugOf(recommendation: Recommendation): string {
  const name =
    recommendation.answers.task.projectName || `tunewise-${recommendation.answers.task.purpose}`;
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'tunewise'
  );
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Share, print and export: copy the link (or show it to copy by hand), open the printable
 * summary or print, and download the JSON, Markdown and training-config exports (with the
 * launch configs a multi-GPU plan needs, under the names the script refers to).
 */
export function ShareActions({
  recommendation,
  onSummary,
}: {
  recommendation: Recommendation;
  onSummary?: boolean;
}) {
  const id = useId();
  const hash = useAnswersHash();
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);
  const manual = useRef<HTMLInputElement>(null);
  const shareUrl = absoluteUrl(`/recommendation${hash}`);
  const slug = slugOf(recommendation);
  const python = pythonSnippet(recommendation);
  const yaml = axolotlYaml(recommendation);
  const mlx = mlxLoraConfig(recommendation);
  const launch = launchFiles(recommendation);

  const copy = async () => {
    const ok = await copyText(shareUrl);
    setCopied(ok ? 'yes' : 'manual');
    if (!ok) requestAnimationFrame(() => manual.current?.select());
  };

  return (
    <section className="share-actions no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Share, print and export
      </h2>
      <div className="actions">
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
        {onSummary ? (
          <button type="button" className="button secondary" onClick={printPage}>
            Print
          </button>
        ) : (
          <Link className="button secondary" to={{ pathname: '/summary', hash }}>
            Printable summary
          </Link>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            downloadText(`${slug}.json`, exportJsonText(recommendation), 'application/json')
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            downloadText(
              `${slug}.md`,
              exportMarkdown(recommendation, { link: shareUrl, date: todayIso() }),
              'text/markdown',
            )
          }
        >
          Export Markdown
        </button>
        {python ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => downloadText(`${slug}-train.py`, python, 'text/x-python')}
          >
            Training script ({pythonSnippetLibraries(recommendation)})
          </button>
        ) : null}
        {yaml ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => downloadText(`${slug}-axolotl.yml`, yaml, 'application/yaml')}
          >
            Axolotl config
          </button>
        ) : null}
        {mlx ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => downloadText(`${slug}-lora_config.yaml`, mlx, 'application/yaml')}
          >
            mlx-lm LoRA config
          </button>
        ) : null}
        {launch.map((file) => (
          <button
            key={file.fileName}
            type="button"
            className="button secondary"
            onClick={() => downloadText(file.fileName, file.text, file.mimeType)}
          >
            {file.label} ({file.fileName})
          </button>
        ))}
      </div>
      <div role="status" className="copy-status">
        {copied === 'yes' ? 'Link copied. Anyone who opens it sees this recommendation.' : null}
      </div>
      {copied === 'manual' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-link`}>
            Copying is not available here; copy this link by hand
          </label>
          <input
            ref={manual}
            id={`${id}-link`}
            type="text"
            readOnly
            value={shareUrl}
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
    </section>
  );
}
