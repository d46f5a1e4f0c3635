// The parser's findings in Chinese and English, apart from the interface strings: only the views that list
// findings (notes, import) load them, so the first screen does not carry them.

import type { FindingCode } from '../data/types';
import type { Language } from './names';

const findingZh: Record<FindingCode, string> = {
  'no-table':
    '未找到得分表格或名单：需要带表头（如“区域 得分 排名”）的表格、“点位类型(满分)”开头的报纸表格，或“东区94.35分;西区93.2分”式的名单。',
  'month-id': '期次“{period}”或编号“{id}”不能用：期次须为 YYYY-MM（月份 01–12），编号只能由字母、数字、“-”和“_”组成，不能是 index。',
  'not-a-number': '“{text}”不是数字（{siteType}）。',
  'missing-cell': '缺少一格：{siteType}{district}。',
  'extra-cell': '多出一格“{text}”（{siteType}）。',
  'missing-district-name': '得分前缺少区名（{siteType}）。',
  'duplicate-district': '{district}在{siteType}一行中出现两次。',
  'duplicate-site-type': '点位类型{siteType}出现两次。',
  'unknown-district': '“{district}”不是表中其他行出现的区名（可能是错印）。',
  'unreadable-row': '表格中的这一行无法读取：“{text}”。',
  'score-out-of-range': '{siteType}得分 {value} 超出 0–{maxScore}。',
  'district-names-missing': '总分表的表头没有区名，且没有排名表可用来对应各列。',
  internal: '读取时发生内部错误：{detail}。',
  'total-mismatch': '{district}公布总分 {printed} 与分项之和 {computed} 相差过大，超出舍入范围。',
  'total-max-mismatch': '总分满分 {printed} 与各项满分之和 {computed} 不同。',
  'city-average-mismatch': '{siteType}的全市值 {printed} 不是各区得分的平均值（{computed}）。',
  'city-total-mismatch': '全市总分 {printed} 不是各区公布总分的平均值（{computed}）。',
  'ranked-order': '{siteType}一行未按得分降序排列：{district} {value} 排在 {previousDistrict} {previousValue} 之后。',
  'totals-order': '总分行未按名次排列：{district} {value} 高于前一名 {previousDistrict} {previousValue}。',
  'tables-disagree': '两张表不一致：{district}{siteType}在排名表（第 {rankedLine} 行）为 {ranked}，在总分表为 {totals}；采用排名表的数值。',
  'site-type-in-one-table': '点位类型{siteType}只出现在一张表中。',
  'max-score-differs': '{siteType}的满分在两张表中不同（{printed} 与 {other}）。',
  'header-recovered-inexact': '总分表第 {rank} 列按得分对应为{district}，但有 {mismatches} 项不一致。',
  'extra-table': '另有 {count} 张同类表格未读取。',
  'header-recovered': '总分表表头缺少区名（只印了名次）；按各列得分与排名表逐项比对，恢复为：{districts}。',
  'total-rounding': '{district}公布总分 {printed}，分项得分之和为 {computed}：各项得分四舍五入到 0.1，属舍入误差。',
  'city-total-is-mean': '全市总分 {printed} 是各区公布总分的平均值（{meanOfTotals}），而不是全市一列之和（{sumOfColumn}）。',
  'csv-syntax': 'CSV 格式错误：{detail}。',
  'csv-header': '表头缺少必需的列：{expected}。',
  'max-assumed': '未注明满分，按 {maxScore} 分计。',
  tie: '{siteType}：{districts}同为 {value} 分，并列第 {rank} 名（报纸中并列各区的先后顺序无意义）。',
  'no-entity-column': '找不到名称列：没有一列是区、街道、镇等的名称。请在预览中指定哪一列是名称。',
  'no-score-column': '找不到得分列：请在预览中指定哪一列是得分。',
  'max-unknown':
    '{siteType}的得分最高为 {value}，超过 100，但表头未注明满分：暂按满分 {value} 读取（排名不受影响，图表刻度和占满分的比例以此为准）。若它是总分，请在预览中把该列设为“总分”；若满分另有其数，请在表头注明（如“得分(150)”）。',
  'rank-mismatch': '{district}公布的名次为第 {printedRank} 名，按得分应为第 {computedRank} 名。',
  'list-order': '{siteType}名单未按得分降序排列：{district} {value} 排在 {previousDistrict} {previousValue} 之后。',
  'column-role-question': '第 {column} 列“{header}”是 1 到 {count} 的整数：按名次读取，不计为得分。如确为得分，请在预览中更改。',
  'cells-split-by-decimals': '有些单元格粘连在一起（PDF 复制常见）：所有数字都有 {decimals} 位小数，已按此拆开，请核对预览。',
  'rows-rebuilt': '文本每行只有一个单元格（PDF 复制常见）：已按表头的 {columns} 列重新组成 {rows} 行，请核对预览。',
  'fewer-by-ranks': '“{header}”列印的名次与数字由小到大一致（第 1 名的数字最小）：按越少越好排名。如不对，请在预览中取消“越少越好”。',
  'column-outside-rank':
    '第 {column} 列“{header}”未计入：印出的名次与各列之和不符，只与“{basis}”一列的名次一致，所以按“{basis}”排名。如这一列也应计入，请在预览中改它的作用。',
  'column-rate': '第 {column} 列“{header}”是百分比：按满分 100 的得分读取，越高越好。若越低越好（如投诉率），请在预览中选“越少越好”。',
  'ranking-in-parts':
    '这份名单分 {parts} 段印出（从第 {lines} 行起）：已按印出的顺序连成一个排名。若中间的名次没有印出，排名只在印出的单位之间，请确认。',
  'records-side-by-side': '表头重复 {count} 次：每行并排印着 {count} 条记录，已逐栏从上到下读取，请核对预览。',
  'decimal-comma': '以分号分隔的表格用逗号作小数点（如 87,5）：{count} 个数字已按小数读取（87,5 即 87.5），请核对预览。',
  'reference-row': '“{district}”是参考行（平均或合计），不参与排名。',
  'reference-row-skipped': '另一参考行“{district}”未读取。',
  'sum-row': '“{district}”是合计行：不参与排名，也不作为平均值显示。',
  'duplicate-role': '{columns}都设为同一作用（{role}）：只能有一列，请在预览中把其余的改为“不读取”。',
  'rank-column': '公布的名次已读取，用于与得分核对，不计为得分。',
  'weighted-total': '总分按权重计算：{weights}。',
  'duplicate-name': '“{printed}”与“{other}”去掉不可见字符、全角和空格后是同一个名称“{district}”：不能当作两个单位。',
  'name-suspicious':
    '名称“{district}”不像名称（是数字，以名次、数字或标点开头，含冒号或“的是”“依次”等句子的词，或过长）：可能是名次、表头或句子的碎片，请核对这一行。',
  'name-padding': '名称“{printed}”中的空格已去掉，读作“{district}”。',
  'name-trimmed': '名称“{printed}”前后的符号或动词（如【】、>、“得”）已去掉，读作“{district}”。',
  'name-invisible': '名称{district}含不可见字符（零宽或文字方向控制符），已去掉。',
  'name-empty': '名称“{printed}”只有不可见字符或空格：无法读作一个名称，请在表格中填写。',
  'unnamed-column': '第 {column} 列的得分没有表头（暂称 {name}），而其他列有：表头可能与各行没有对齐，请核对每列是哪个类别。',
  'figure-repaired': '{district}的{siteType}印作“{text}”，不是一个数：按 {value} 读取（多印了一个小数点）。请核对。',
  'fewer-is-better': '“{header}”是扣分或问题数：越少越好，按从少到多排名。如不对，请在预览中取消“越少越好”。',
  'reading-changed':
    '读取规则已更新：现在读取这份文本，有 {count} 处与当初接受的读取不同（如 {detail}）。仍显示当初接受的数字；可保留原读取，或采用新读取。',
  'reading-damaged': '这一期保存的当初接受的读取已损坏，无法使用：显示的是按现在的规则重新读取的结果，请核对。',
  'reading-unreadable': '读取规则已更新：现在这份文本读不出排名。仍显示当初接受的数字。',
  'fuller-ranking':
    '这一页还有一份更完整的排名（第 {at} 行起，{count} 个得分，这里是 {shown} 个）：已先选印在前面的这一份。如要导入那一份，请在“找到的表格”中选择。',
  'column-unexplained':
    '第 {column} 列“{header}”只有整数，表头没有满分或“得分”等字样：按得分读取是猜测（也可能是次数、件数或金额）。如不是得分，请在预览中把它设为“不读取”。',
  'records-guessed':
    '没有找到表格或名单：已把含数字的 {count} 行（或分句）排成一张表，数字前的文字作名称，第一个小数（没有小数时取最后一个数字）作得分。这是猜测，请在预览中逐列、逐行核对后再导入。',
  'header-unplaced':
    '表头（{words}）无法与各列对齐（可能是两层合并的表头）：各行已按列读取，但每列的作用是猜测，请在预览中逐列指定名称、得分、总分或不读取。',
  'orientation-swapped':
    '表头一行是 {count} 个{kind}的名称，各行是评分项目：已按行列互换读取，排名的是表头中的各单位。如不对，请在预览中点“行列互换”。',
  'orientation-one-row': '只有一行数字（“{name}”）：按这一行是一个单位读取。如表头中的各项才是应排名的单位，请在预览中点“行列互换”。',
  'orientation-unclear':
    '表头一行和第一列都像单位名称（表头有 {count} 个{kind}）：按各行是单位读取。如应排名的是表头中的各单位，请在预览中点“行列互换”。',
  'deduction-column':
    '“{header}”是扣分（越少越好）：按得分排名会把扣分最多的排在第一，所以不导入。若它其实是得分，请在预览中改这一列的作用。',
  'totals-not-sums': '{count} 个公布总分都不等于各项之和：这些分项只是总分的一部分或另行计分；排名按公布总分。',
  'row-put-back': '这一行末尾的数字和“{district}”读作单独一行（PDF 把表格第一行排到了这里），请核对。',
  'negative-score': '{district}的{siteType}为负数 {value}：已按印刷读取，请核对。',
  'group-ranked-apart': '这张表分 {count} 组分别排名，这里只是“{group}”一组；其他组在“找到的表格”中另选。',
  'total-is-mean': '公布的总分是 {count} 项得分的平均值，不是总和：按平均值核对。',
  'max-from-values': '{siteType}作为总分读取，未注明满分：图表以最高分 {value} 为满。',
  'name-parent-dropped': '名称后括号中的所属区已去掉，如“{printed}”读作“{district}”。',
  'candidates-disagree': '同一页的两张表不一致：{district}{siteType}在此为 {value}，在第 {otherLine} 行的表中为 {other}。',
};

const findingEn: Record<FindingCode, string> = {
  'no-table':
    'No score table or list found: expected a table with a header (such as “区域 得分 排名”), the newspaper’s rows starting with “site type(maximum)”, or lists like “东区94.35分;西区93.2分”.',
  'month-id':
    'The period “{period}” or the id “{id}” cannot be used: a period is YYYY-MM (month 01–12), an id only letters, digits, “-” and “_”, and never index.',
  'not-a-number': '“{text}” is not a number ({siteType}).',
  'missing-cell': 'A cell is missing: {siteType} {district}.',
  'extra-cell': 'An extra cell “{text}” ({siteType}).',
  'missing-district-name': 'A score has no district name ({siteType}).',
  'duplicate-district': '{district} appears twice in the {siteType} row.',
  'duplicate-site-type': 'The site type {siteType} appears twice.',
  'unknown-district': '“{district}” is not a district named in the other rows (a misprint?).',
  'unreadable-row': 'This row of the table cannot be read: “{text}”.',
  'score-out-of-range': '{siteType} score {value} is outside 0–{maxScore}.',
  'district-names-missing': 'The totals table names no districts, and there is no ranked table to match its columns against.',
  internal: 'Internal error while reading: {detail}.',
  'total-mismatch': '{district}: published total {printed} is further from the sum of its scores ({computed}) than rounding explains.',
  'total-max-mismatch': 'The total maximum {printed} differs from the sum of the maxima ({computed}).',
  'city-average-mismatch': '{siteType}: the city value {printed} is not the mean of the districts ({computed}).',
  'city-total-mismatch': 'The city total {printed} is not the mean of the published district totals ({computed}).',
  'ranked-order': 'The {siteType} row is not in descending order: {district} {value} follows {previousDistrict} {previousValue}.',
  'totals-order':
    'The total row is not in rank order: {district} {value} is above the district before it, {previousDistrict} {previousValue}.',
  'tables-disagree':
    'The two tables disagree: {district}, {siteType} is {ranked} in the ranked table (line {rankedLine}) and {totals} in the totals table; the ranked table’s value is used.',
  'site-type-in-one-table': 'The site type {siteType} appears in one table only.',
  'max-score-differs': 'The maximum of {siteType} differs between the tables ({printed} and {other}).',
  'header-recovered-inexact': 'Column {rank} of the totals table was matched to {district}, but {mismatches} scores differ.',
  'extra-table': '{count|# more table of the same kind was|# more tables of the same kind were} not read.',
  'header-recovered':
    'The totals table’s header lost the district names (it prints only ranks); matching each column’s scores against the ranked table recovers them: {districts}.',
  'total-rounding':
    '{district}: published total {printed}, sum of the site-type scores {computed}. Each score is rounded to 0.1: this is rounding.',
  'city-total-is-mean':
    'The city total {printed} is the mean of the published district totals ({meanOfTotals}), not the sum of the city column ({sumOfColumn}).',
  'csv-syntax': 'CSV syntax error: {detail}.',
  'csv-header': 'The header lacks a required column: {expected}.',
  'max-assumed': 'No maximum given: {maxScore} is assumed.',
  tie: '{siteType}: {districts} all score {value} and share rank {rank} (the print’s order among tied districts carries no meaning).',
  'no-entity-column': 'No name column found: no column names the districts, streets or towns. Choose the name column in the preview.',
  'no-score-column': 'No score column found: choose the score column in the preview.',
  'max-unknown':
    '{siteType} reaches {value}, above 100, and the header gives no maximum: it is read as out of {value} for now (the ranking does not depend on it; the charts’ scale and shares of the maximum do). If it is the total, set the column to “total” in the preview; if its maximum is another figure, give it in the header (e.g. “score(150)”).',
  'rank-mismatch': '{district} is printed at rank {printedRank}, but its scores rank it {computedRank}.',
  'list-order': 'The {siteType} list is not in descending order: {district} {value} follows {previousDistrict} {previousValue}.',
  'column-role-question':
    'Column {column} “{header}” holds the integers 1 to {count}: it is read as a rank, not a score. If it is a score, change it in the preview.',
  'cells-split-by-decimals':
    'Some cells ran together (common in PDF copies): every figure shows {decimals} decimals, so they were split on that. Check the preview.',
  'rows-rebuilt':
    'The text holds one cell per line (common in PDF copies): {rows|# row|# rows} of {columns|# column|# columns} were rebuilt from the header. Check the preview.',
  'fewer-by-ranks':
    'The ranks printed in “{header}” run with the figures upward (rank 1 beside the smallest): ranked with fewer as better. If that is wrong, untick “Fewer is better” in the preview.',
  'column-outside-rank':
    'Column {column} “{header}” is not counted: the printed ranks do not follow the sum of the columns but follow “{basis}” alone, so the ranking is by “{basis}”. If this column counts too, change its role in the preview.',
  'column-rate':
    'Column {column} “{header}” holds percentages: read as a score out of 100, higher is better. If lower is better (a complaint rate), choose “Fewer is better” in the preview.',
  'ranking-in-parts':
    'This ranking is printed in {parts} parts (from lines {lines}): they were joined in printed order. If the middle of the ranking is not printed, ranks hold only among those printed. Please confirm.',
  'records-side-by-side':
    'The header is printed {count} times over one row: each row holds {count} records side by side, read down each column of records in turn. Check the preview.',
  'decimal-comma':
    'This semicolon-separated table writes its decimals with a comma (87,5): {count|# figure was|# figures were} read as decimals (87,5 is 87.5). Check the preview.',
  'reference-row': '“{district}” is a reference row (an average or a sum): it is not ranked.',
  'reference-row-skipped': 'Another reference row, “{district}”, was not read.',
  'sum-row': '“{district}” is a sum row: it is not ranked, nor shown as an average.',
  'duplicate-role': '{columns} all have the same role ({role}): only one may; set the others to “not read” in the preview.',
  'rank-column': 'The printed ranks were read to check against the scores; they are not scores.',
  'weighted-total': 'The total is a weighted sum: {weights}.',
  'duplicate-name':
    '“{printed}” and “{other}” are one name, “{district}”, once invisible characters, full-width forms and spaces are removed: they cannot be two entities.',
  'name-suspicious':
    'The name “{district}” does not look like a name (a number, a leading rank, digit or punctuation, a colon, words of a sentence such as “which” or 的是, or too long): it may be a rank, a header or part of a sentence; check this row.',
  'name-padding': 'The spaces inside “{printed}” were removed: read as “{district}”.',
  'name-trimmed': 'The marks or the verb around “{printed}” (【】, >, 得…) were taken off: read as “{district}”.',
  'name-invisible': 'The name {district} held invisible characters (zero-width or direction controls); they were removed.',
  'name-empty': 'The name “{printed}” is only invisible characters or spaces: it cannot be read as a name; fill it in the grid.',
  'unnamed-column':
    'Column {column} has figures but no header (called {name} for now) while other columns have one: the header may not line up with the rows; check which category each column is.',
  'figure-repaired':
    '{district}’s {siteType} is printed “{text}”, which is no number: read as {value} (its decimal point printed twice). Please check it.',
  'fewer-is-better':
    '“{header}” is a deduction or a count of problems: fewer is better, ranked from the fewest. If that is wrong, untick “Fewer is better” in the preview.',
  'reading-changed':
    'The reading rules have changed: read today, this text gives {count} difference(s) from the reading accepted when it was imported (such as {detail}). The accepted figures are still shown; keep them, or take the new reading.',
  'reading-damaged':
    'The reading accepted for this month when it was imported is damaged and cannot be used: what is shown is its text read by today’s rules; please check it.',
  'reading-unreadable':
    'The reading rules have changed: today this text reads as no ranking. The figures accepted when it was imported are still shown.',
  'fuller-ranking':
    'This page holds a more complete ranking (from line {at}, {count} scores against {shown} here): the one printed first was chosen. To import the other, choose it among the tables found.',
  'column-unexplained':
    'Column {column} “{header}” holds whole numbers only, and its header gives no maximum and no word such as 得分: reading it as a score is a guess (it may be a count or an amount). If it is not a score, set it to “not read” in the preview.',
  'records-guessed':
    'No table or list was found: the {count} lines (or clauses) holding a figure were laid out as a grid, the words before the figure as the name and the first decimal (or, with none, the last figure) as the score. This is a guess: check each column and row in the preview before importing.',
  'header-unplaced':
    'The header ({words}) does not line up with the columns (two levels of merged cells, perhaps): the rows were read column by column, but each column’s role is a guess; set each one in the preview (name, score, total or not read).',
  'orientation-swapped':
    'The header row names {count} units ({kind}) and each row is a scored item: read with rows and columns swapped, so the units are ranked. If that is wrong, press “Swap rows and columns” in the preview.',
  'orientation-one-row':
    'Only one row of figures (“{name}”): read as one unit. If the entries of the header are the units to rank, press “Swap rows and columns” in the preview.',
  'orientation-unclear':
    'Both the header row ({count} names ending in {kind}) and the first column look like unit names: read with one unit per row. If the units in the header are the ones to rank, press “Swap rows and columns” in the preview.',
  'deduction-column':
    '“{header}” is a deduction (fewer is better): ranked as a score it would put the most deducted first, so it is not imported. If it is in fact a score, change the column’s role in the preview.',
  'totals-not-sums':
    'None of the {count} published totals is the sum of its scores: the scores are parts or separate items; the ranking follows the published totals.',
  'row-put-back':
    'The figures at the end of this line and “{district}” are read as a row of their own (the PDF put the table’s first row here); check it.',
  'negative-score': '{district} has a negative {siteType}, {value}: read as printed; check it.',
  'group-ranked-apart': 'This table ranks {count} groups apart; this is the group “{group}” alone; choose another among the tables found.',
  'total-is-mean': 'The published total is the mean of the {count} scores, not their sum: checked as a mean.',
  'max-from-values': '{siteType} is read as the total, with no stated maximum: charts take the highest figure, {value}, as full.',
  'name-parent-dropped': 'The district in brackets after each name was dropped: “{printed}” reads as “{district}”.',
  'candidates-disagree':
    'Two tables on this page disagree: {district}, {siteType} is {value} here and {other} in the table at line {otherLine}.',
};

const findingMessages: Record<Language, Record<FindingCode, string>> = { zh: findingZh, en: findingEn };

export function findingTemplate(language: Language, code: FindingCode): string {
  return findingMessages[language][code];
}

/** The finding codes each language has a template for, for the test that both sets are complete. */
export function findingKeys(language: Language): string[] {
  return Object.keys(findingMessages[language]).sort();
}
