/** The aria-current of a section's menu link: "page" on the section's own page, "true" below it. */
export function currentState(pathname: string, sectionPath: string): "page" | "true" | undefined {
  if (pathname === sectionPath) {
    return "page";
  }
  return pathname.startsWith(sectionPath) ? "true" : undefined;
}
