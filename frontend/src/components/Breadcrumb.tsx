import Link from "next/link";

type Crumb = { id: number; title: string; html_path: string };

/** The page's ancestors from the home page down, then the page itself. */
export function Breadcrumb({ ancestors, title }: { ancestors: readonly Crumb[]; title: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {ancestors.map((ancestor, index) => (
          <li key={ancestor.id}>
            <Link href={ancestor.html_path}>{index === 0 ? "Home" : ancestor.title}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{title}</span>
        </li>
      </ol>
    </nav>
  );
}
