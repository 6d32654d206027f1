/** Shown instead of the app when another site frames it (see adapters/framing.ts). */
export function FramedNotice({ href }: { href: string }) {
  return (
    <main className="framed-notice">
      <h1>Tunewise is shown inside another site</h1>
      <p>So that no other page can trick you into clicks, Tunewise only runs in its own tab.</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open Tunewise in its own tab
        </a>
      </p>
    </main>
  );
}
