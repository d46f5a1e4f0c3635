// A link to a district's report card: a plain click opens it in place; a click with a modifier key (new tab,
// new window) or any other button follows the link as the browser would.

import type { ReactNode } from 'react';

export interface DistrictLinkProps {
  href: string;
  district: string;
  onOpen: ((district: string) => void) | undefined;
  children: ReactNode;
}

export function DistrictLink({ href, district, onOpen, children }: DistrictLinkProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        if (!onOpen || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onOpen(district);
      }}
    >
      {children}
    </a>
  );
}
