namespace Workflow.Browser.Tests.Security;

/// <summary>
/// Script and markup payloads: script tags, event handlers (img, svg, body, details, input, video), javascript: and
/// data: URLs, iframe srcdoc, object/embed, style and expression(), attribute and element breakouts, mXSS tricks
/// (template, noscript, svg/math namespace confusion, comments), encoded and unicode look-alike variants, and Thai
/// text around them. Each runs <c>window.__xss = 1</c> or alert() when it gets the chance.
/// </summary>
public static class XssCorpus
{
    public static readonly IReadOnlyList<XssPayload> All =
    [
        new("script-tag", "<script>window.__xss=1</script>"),
        new("script-src-data", """<script src="data:text/javascript,window.__xss=1"></script>"""),
        new("script-split", "<scr<script>ipt>window.__xss=1</scr</script>ipt>"),
        new("img-onerror", """<img src=x onerror="window.__xss=1">"""),
        new("img-onerror-mixed-case-alert", "<IMG SRC=x OnErRoR=alert(1)>"),
        new("img-unclosed", "<img src=x onerror=window.__xss=1//"),
        new("svg-onload", "<svg/onload=window.__xss=1>"),
        new("svg-animate-onbegin", "<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>"),
        new("svg-script", "<svg><script>window.__xss=1</script></svg>"),
        new("body-onload", """<body onload="window.__xss=1">"""),
        new("details-ontoggle", "<details open ontoggle=window.__xss=1>"),
        new("input-autofocus-onfocus", "<input autofocus onfocus=window.__xss=1>"),
        new("video-source-onerror", "<video><source onerror=window.__xss=1></video>"),
        new("iframe-srcdoc", """<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>"""),
        new("iframe-javascript-src", """<iframe src="javascript:parent.__xss=1"></iframe>"""),
        new("a-javascript-href", """<a href="javascript:window.__xss=1">คลิกเพื่ออ่านรายงาน</a>"""),
        new("a-javascript-tab-entity", """<a href="jav&#x09;ascript:alert(1)">ดาวน์โหลด</a>"""),
        new("a-data-html", """<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"""),
        new("form-javascript-action", """<form action="javascript:window.__xss=1"><button>ส่ง</button></form>"""),
        new("object-data", """<object data="javascript:window.__xss=1"></object>"""),
        new("embed-src", """<embed src="javascript:window.__xss=1">"""),
        new("style-expression", """<div style="width:expression(window.__xss=1)">ข้อความ</div>"""),
        new("style-tag-import", "<style>@import 'javascript:window.__xss=1';</style>"),
        new("meta-refresh-javascript", """<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">"""),
        new("base-href", """<base href="javascript:window.__xss=1//">"""),
        new("attr-breakout-double-quote", "\"><svg onload=window.__xss=1>"),
        new("attr-breakout-single-quote", "'><img src=x onerror=window.__xss=1>"),
        new("attr-injection-autofocus", "\" autofocus onfocus=\"window.__xss=1\" x=\""),
        new("textarea-breakout", "</textarea><script>window.__xss=1</script><textarea>"),
        new("title-breakout", "</title><svg onload=window.__xss=1>"),
        new("comment-breakout", "--><img src=x onerror=window.__xss=1><!--"),
        new("template-mxss", "<template><img src=x onerror=window.__xss=1></template><img src=x onerror=window.__xss=1>"),
        new("noscript-mxss", """<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">"""),
        new("svg-style-mxss", """<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">"""),
        new("math-mglyph-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>"),
        new("thai-around-script", "เรื่องขออนุมัติโครงการ<script>alert('ไทย')</script>ประจำปีงบประมาณ ๒๕๖๙"),
        new("thai-attribute-breakout", "ขอความเห็นชอบ\"><img src=x onerror=window.__xss=1>ตามเสนอ"),
        new("html-entities", "&lt;script&gt;window.__xss=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;", Live: false),
        new("unicode-escapes", @"\u003cscript\u003ewindow.__xss=1\u003c/script\u003e \x3cimg src=x onerror=alert(1)\x3e", Live: false),
        new("fullwidth-lookalikes", "＜script＞window.__xss=1＜/script＞ ﹤img src=x onerror=alert(1)﹥", Live: false),
        new("percent-encoded", "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E", Live: false),
        new("utf7", "+ADw-script+AD4-window.__xss=1+ADw-/script+AD4-", Live: false),
        new("js-string-breakout", "';window.__xss=1;//\";window.__xss=1;//</script>", Live: false),
        new("template-injection", "{{constructor.constructor('window.__xss=1')()}} ${window.__xss=1} <%= 7*7 %>", Live: false),
    ];

    public static TheoryData<string> Ids => [.. All.Select(p => p.Id)];

    public static XssPayload Get(string id) => All.Single(p => p.Id == id);
}
