import type { components } from "@/lib/api/schema";

type ImageData = components["schemas"]["ImageData"];

/** Rich text, with its term links, as the site prints it. */
function RichText({ html }: { html: string }) {
  return <div className="rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A definition, section or conclusion: a heading and rich text. */
export function TextSection({
  className,
  anchor,
  heading,
  html,
}: {
  className: string;
  anchor: string;
  heading: string;
  html: string;
}) {
  return (
    <section className={`block ${className}`}>
      <h2 id={anchor || undefined}>{heading}</h2>
      <RichText html={html} />
    </section>
  );
}

export interface ListItem {
  name: string;
  html: string;
}

/** Advantages or applications: a heading and a list of named items. */
export function ItemListSection({
  className,
  anchor,
  heading,
  items,
}: {
  className: string;
  anchor: string;
  heading: string;
  items: ListItem[];
}) {
  return (
    <section className={`block ${className}`}>
      <h2 id={anchor || undefined}>{heading}</h2>
      <ul className="item-list">
        {items.map((item, index) => (
          <li className="item-list__item" key={index}>
            <h3>{item.name}</h3>
            <RichText html={item.html} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Callout({ tone, title, html }: { tone: string; title: string; html: string }) {
  return (
    <aside className={`block callout callout--${tone}`} role="note">
      {title ? <p className="callout__title no-term-links">{title}</p> : null}
      <RichText html={html} />
    </aside>
  );
}

/** `quoteHtml`: the quote's paragraphs; `attributionHtml`: who said it, "" when nobody is named. */
export function Quote({ quoteHtml, attributionHtml }: { quoteHtml: string; attributionHtml: string }) {
  return (
    <figure className="block block-quote">
      <blockquote dangerouslySetInnerHTML={{ __html: quoteHtml }} />
      {attributionHtml ? (
        <figcaption>
          &mdash; <cite dangerouslySetInnerHTML={{ __html: attributionHtml }} />
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The image at the width of the text column, from the renditions the API lists. */
export function Figure({ image, altText, captionHtml }: { image: ImageData; altText: string; captionHtml: string }) {
  const renditions = image.renditions;
  return (
    <figure className="block block-image">
      {renditions ? (
        // The CMS has already sized the renditions; Next's image optimizer is off.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          alt={altText}
          src={renditions.large.url}
          width={renditions.large.width}
          height={renditions.large.height}
          srcSet={`${renditions.medium.url} ${renditions.medium.width}w, ${renditions.large.url} ${renditions.large.width}w`}
          sizes="(min-width: 46rem) 46rem, 100vw"
          loading="lazy"
          decoding="async"
        />
      ) : null}
      {captionHtml ? <figcaption dangerouslySetInnerHTML={{ __html: captionHtml }} /> : null}
    </figure>
  );
}

export function Code({ language, code }: { language: string; code: string }) {
  return (
    <div className="block block-code">
      {/* tabIndex lets keyboard users scroll long lines. */}
      <pre className="code" data-language={language} tabIndex={0}>
        <code className={`language-${language}`}>{code}</code>
      </pre>
    </div>
  );
}
