/** Rich text the CMS has already rendered to HTML (links resolved, features limited by the schema). */
export function RichText({ html, className }: { html: string; className: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
