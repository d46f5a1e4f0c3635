// The built app starts on the embedded data and shows the printed totals.
import { expect, test } from '@playwright/test';

test('the embedded inspection shows the six districts with their printed totals', async ({ page }) => {
  await page.goto('./');
  const items = page.getByRole('listitem');
  await expect(items).toHaveText(['杏花岭区 676.6', '迎泽区 669.9', '小店区 659.8', '万柏林区 651.2', '晋源区 650.6', '尖草坪区 643.3']);
});
