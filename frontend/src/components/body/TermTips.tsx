"use client";

import { useEffect } from "react";

const DISMISSED = "term-ref--dismissed";

/**
 * The site's CSS shows a term's tooltip while the term is hovered or its link has focus.
 * Escape hides the open one without moving focus (WCAG 1.4.13, "dismissible"); it stays hidden
 * until the pointer or the keyboard focus comes back to the term.
 */
export function TermTips() {
  useEffect(() => {
    function dismiss(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      for (const ref of document.querySelectorAll(`.term-ref:is(:hover, :focus-within):not(.${DISMISSED})`)) {
        ref.classList.add(DISMISSED);
      }
    }
    function reopen(event: MouseEvent | FocusEvent) {
      const ref = event.target instanceof Element ? event.target.closest(".term-ref") : null;
      const from = event.relatedTarget;
      if (ref && !(from instanceof Node && ref.contains(from))) ref.classList.remove(DISMISSED);
    }
    document.addEventListener("keydown", dismiss);
    document.addEventListener("mouseover", reopen);
    document.addEventListener("focusin", reopen);
    return () => {
      document.removeEventListener("keydown", dismiss);
      document.removeEventListener("mouseover", reopen);
      document.removeEventListener("focusin", reopen);
    };
  }, []);
  return null;
}
