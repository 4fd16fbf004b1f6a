// The transform behind scripts/package-readme.mjs (pure; see there for why the packaged README differs).
const isRelative = (target) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target);

/** The packaged form of a README text; `readImage(path)` gives the bytes of a relative image. */
export function packagedReadme(text, readImage) {
  const parts = text.split(/(```[\s\S]*?```)/); // code blocks are left exactly as they are
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => {
          if (!isRelative(target)) return whole;
          if (!/\.png$/i.test(target)) throw new Error(`README image ${target}: only PNG images can be packaged (VS Code blocks SVG on the extension page)`);
          return `![${alt}](data:image/png;base64,${readImage(target).toString('base64')})`;
        })
        .replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label, target) => {
          if (!isRelative(target)) return whole;
          const path = target.split('#')[0];
          return label.replace(/`/g, '') === path ? `\`${path}\`` : `${label} (\`${path}\` in the extension's folder)`;
        });
    })
    .join('');
}
