import { RichText } from "@/components/RichText";

/** The title and intro of a section page: home, the glossary, the blog. */
export function SectionHeader({ title, intro }: { title: string; intro: string | null | undefined }) {
  return (
    <>
      <h1>{title}</h1>
      {intro ? <RichText className="intro rich-text" html={intro} /> : null}
    </>
  );
}
