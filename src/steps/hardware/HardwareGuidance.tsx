import type { Device } from '../../domain/recommend';

const GIB = 2 ** 30;
const yes = (value: boolean) => (value ? 'Yes' : 'No');

/** What the chosen GPU can do, and what that means for fine-tuning. */
export function HardwareGuidance({ device, notes }: { device: Device; notes: string[] }) {
  return (
    <>
      <h2>{device.name}</h2>
      <p>
        <strong>{(device.usableBytes / GIB).toFixed(2)} GiB</strong> usable for training.
      </p>
      <table className="compact">
        <caption className="visually-hidden">Capabilities of the selected GPU</caption>
        <tbody>
          <tr>
            <th scope="row">bf16</th>
            <td>{yes(device.capabilities.bf16)}</td>
          </tr>
          <tr>
            <th scope="row">FlashAttention-2</th>
            <td>{yes(device.capabilities.flashAttention2)}</td>
          </tr>
          <tr>
            <th scope="row">QLoRA (bitsandbytes 4-bit)</th>
            <td>{yes(device.capabilities.bitsandbytes4bit)}</td>
          </tr>
          <tr>
            <th scope="row">FP8</th>
            <td>{yes(device.capabilities.fp8)}</td>
          </tr>
        </tbody>
      </table>
      {notes.length > 0 ? (
        <>
          <h2>What this means</h2>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Why the GPU matters</h2>
      <p>
        Memory decides what fits: the weights, the adapters or gradients, the optimizer’s state and
        the activations of every token in a batch. LoRA and QLoRA bring 7B+ models within reach of a
        single 24 GB card; full fine-tuning of the same model needs several data-centre GPUs with
        sharding.
      </p>
      <details>
        <summary>About this GPU’s figures</summary>
        <ul>
          {device.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
