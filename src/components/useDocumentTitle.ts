import { useEffect } from 'react';

export const PRODUCT_NAME = 'Tunewise';

/** Sets the tab title to "<title> – Tunewise", or the product name alone. */
export function useDocumentTitle(title?: string) {
  useEffect(() => {
    document.title = title ? `${title} – ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [title]);
}
