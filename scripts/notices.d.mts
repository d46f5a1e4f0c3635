// Types of scripts/notices.mjs, for the build config and the tests that import it.
export interface ProductionPackage {
  name: string;
  version: string;
  licence: string;
  text: string | undefined;
}
export function productionPackages(root: string): ProductionPackage[];
export function noticesText(root: string): string;
