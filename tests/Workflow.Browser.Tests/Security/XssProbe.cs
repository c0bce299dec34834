using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// What would show that a payload ran or became markup: the <c>window.__xss</c> marker, a dialog, a CSP violation
/// report (something tried to run and the policy stopped it), an element the pages never serve (script, img, svg,
/// iframe, object, embed, style, template, …), an event-handler, style or srcdoc attribute, a javascript:/data: URL,
/// a link off the site, or a second frame.
/// </summary>
public static class XssProbe
{
    // Every element the Razor pages write (grep of Pages/**/*.cshtml); anything else came from a payload.
    private const string Detector = """
        () => {
          const allowed = new Set(['a','article','aside','body','br','button','caption','code','details','div','footer','form',
            'h1','h2','head','header','html','input','label','li','link','main','meta','nav','ol','option','p','section','select',
            'span','strong','summary','table','tbody','td','textarea','th','thead','title','tr','ul']);
          const urlAttributes = new Set(['href','src','action','formaction','data','xlink:href','poster','background']);
          const found = [];
          if (window.__xss !== undefined) found.push('marker window.__xss = ' + String(window.__xss));
          for (const v of window.__cspViolations || []) found.push('CSP violation: ' + v);
          for (const el of document.querySelectorAll('*')) {
            const tag = el.localName;
            // The one image the pages write: the organisation's emblem on the memo sheet, from this site.
            const emblem = tag === 'img' && el.classList.contains('memo-emblem') && (el.getAttribute('src') || '').startsWith('/organisation/emblem.png');
            if (!allowed.has(tag) && !emblem) found.push('element <' + tag + '>');
            if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('<meta http-equiv>');
            if (el.shadowRoot) found.push('shadow root on <' + tag + '>');
            for (const a of el.attributes) {
              const name = a.name.toLowerCase();
              const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
              if (name.startsWith('on')) found.push('<' + tag + ' ' + name + '>');
              if (['style','srcdoc','autofocus'].includes(name)) found.push('<' + tag + ' ' + name + '>');
              if (urlAttributes.has(name) && /^(javascript|data|vbscript):/.test(value)) found.push('<' + tag + ' ' + name + '="' + a.value + '">');
              const offSite = !(a.value.startsWith('/') && !a.value.startsWith('//') || a.value.startsWith('#') || a.value.startsWith(location.origin + '/'));
              if (((tag === 'a' || tag === 'link') && name === 'href' || tag === 'form' && name === 'action') && offSite)
                found.push('<' + tag + ' ' + name + '> off the site: ' + a.value);
            }
          }
          return found;
        }
        """;

    // Recorded from the first script of every document, before the page's own content can run.
    private const string ViolationRecorder =
        "document.addEventListener('securitypolicyviolation', e => { (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI); });";

    /// <summary>Makes every page of the context record CSP violations, and counts (then dismisses) its dialogs.</summary>
    public static async Task WatchAsync(IBrowserContext context, ConcurrentQueue<string> dialogs)
    {
        await context.AddInitScriptAsync(ViolationRecorder);
        context.Page += (_, page) => Watch(page, dialogs);
        foreach (var page in context.Pages)
            Watch(page, dialogs);
    }

    private static void Watch(IPage page, ConcurrentQueue<string> dialogs) => page.Dialog += (_, dialog) =>
    {
        dialogs.Enqueue($"{dialog.Type} \"{dialog.Message}\" on {page.Url}");
        _ = dialog.DismissAsync();
    };

    /// <summary>Lets handlers that fire after load (onerror, ontoggle, autofocus, animations) run, then looks.</summary>
    public static async Task<IReadOnlyList<string>> FindingsAsync(IPage page)
    {
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))");
        var found = (await page.EvaluateAsync<string[]>(Detector)).ToList();
        if (page.Frames.Count > 1)
            found.Add($"{page.Frames.Count - 1} child frame(s)");
        return found;
    }
}
