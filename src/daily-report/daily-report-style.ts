/** The report's one stylesheet: inline so the file is self-contained, and hashed into the CSP that serves it. */
export const DAILY_REPORT_STYLE = `
body{font:14px/1.45 Georgia,'Times New Roman',serif;color:#1b1b1b;max-width:760px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:1px solid #999;padding-bottom:2px;margin-top:28px}
.meta{color:#555;font-size:13px}.synthetic{background:#fff3cd;border:1px solid #d4a017;padding:6px 10px;margin:12px 0}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:8px 0}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}.up{color:#a00}.down{color:#060}
figure{margin:12px 0}figcaption{font-size:12px;color:#555}svg{max-width:100%;height:auto}
footer{margin-top:32px;border-top:1px solid #999;padding-top:8px;font-size:11.5px;color:#333;word-break:break-all}
code{font-family:ui-monospace,Menlo,monospace;font-size:11px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}
`;
