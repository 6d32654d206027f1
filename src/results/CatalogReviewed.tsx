import { CATALOG_REVIEWED, longDate } from '../domain/catalog/reviewed';

/** When the catalog's models, GPUs and licences were last checked: the age of the evidence. */
export function CatalogReviewed() {
  return (
    <p className="muted catalog-reviewed">
      Catalog reviewed <time dateTime={CATALOG_REVIEWED}>{longDate(CATALOG_REVIEWED)}</time>.
    </p>
  );
}
