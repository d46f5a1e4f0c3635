// English names of the districts, city and site types known from the print; the printed Chinese name is the key.
// Loaded with the English strings (messages.en.ts), not on the first screen.

export const englishNames: Readonly<Record<string, string>> = {
  杏花岭区: 'Xinghualing',
  迎泽区: 'Yingze',
  小店区: 'Xiaodian',
  万柏林区: 'Wanbailin',
  晋源区: 'Jinyuan',
  尖草坪区: 'Jiancaoping',
  太原市: 'Taiyuan',
  // What the rows are (an inspection's entity kind), singular as a column header says it.
  区: 'District',
  街道: 'Street',
  镇: 'Town',
  县: 'County',
  单位: 'Unit',
  市: 'City',
  '农贸市场、便民市场': "Farmers' and convenience markets",
  食品三小行业: 'Small food businesses',
  重点场所四小行业: 'Key venues and small service businesses',
  各类围挡: 'Construction hoardings',
  背街小巷: 'Back streets and alleys',
  公厕: 'Public toilets',
  老旧小区: 'Old residential compounds',
  废品回收站: 'Scrap recycling stations',
  铁路沿线: 'Along the railway lines',
  城中村: 'Urban villages',
};
