// The analyzer lists modules in the order its file reads finish: sorting them keeps the committed
// manifest stable, so its up-to-date check (scripts/check-manifest.mjs) is not flaky.
export function sortedManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
