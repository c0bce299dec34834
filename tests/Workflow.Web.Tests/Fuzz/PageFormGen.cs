using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Generates posts to every form of the browser interface: write a memo, edit it, the memo page's action forms,
/// sign-in, sign-out and the language switch. A post starts from a clean submission of that form (one that
/// succeeds), gets a token (<see cref="PageFormTokens"/>), then defects: always at least one when the token is
/// valid, often none when it is not; unknown fields, headers and noise ride along.
/// </summary>
public sealed class PageFormGen(PageFormTargets targets)
{
    /// <summary>A clean submission: the form, who sends it, the path, the body, and the defects that may be put in it.</summary>
    private sealed record Draft(string Form, PageFormSession Session, string Path, PageFormBody Body, Gen<PageFormDefect>? Defects);

    private PageFormSession Legal => targets[Demo.Legal];

    public Gen<PageFormPost> Posts => Gen.Frequency(
            (5, NewMemo), (5, EditMemo), (8, MemoAction), (3, Login), (2, Language), (1, Logout))
        .SelectMany(draft => Gen.Select(PageFormTokens.Kind, Gen.Int[0, 9], HostileText.Plain, PageFormFields.Extras, PageFormFields.Headers)
            .SelectMany((kind, roll, noise, extras, headers) =>
            {
                var applied = PageFormTokens.Apply(kind, targets.Sessions, draft.Session, draft.Body, draft.Path, noise);
                var defective = draft.Defects is not null && (applied.Valid || roll < 4);
                var defect = defective
                    ? draft.Defects!
                    : Gen.Const(new PageFormDefect(draft.Session, draft.Path, draft.Body, ""));
                return defect.Select(d =>
                {
                    // The defect may change who sends it or where: the token goes on again, the same way.
                    var again = d.Session == draft.Session && d.Path == draft.Path ? applied with { Body = Rebase(applied.Body, draft.Body, d.Body) }
                        : PageFormTokens.Apply(kind, targets.Sessions, d.Session, d.Body, d.Path, noise);
                    var body = again.Body with { Fields = [.. again.Body.Fields, .. extras] };
                    return new PageFormPost(draft.Form, again.Path, d.Session, kind, applied.Valid || again.Valid, d.Defect, again.Cookie,
                        [.. again.Headers, .. headers], body);
                });
            }));

    public static readonly string[] EffectiveForms = ["new memo", "edit memo", "memo action", "sign-in"];

    /// <summary>Clean posts with a valid token to a form that can take effect: the control that a clean post is one that works.</summary>
    public Gen<PageFormPost> Effective(string form) => (form switch
    {
        "new memo" => NewMemo,
        "edit memo" => EditMemo,
        "memo action" => MemoAction,
        "sign-in" => Login,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    }).Select(draft =>
    {
        var valid = PageFormTokens.Apply("valid", targets.Sessions, draft.Session, draft.Body, draft.Path, "");
        return new PageFormPost(draft.Form, valid.Path, draft.Session, "valid", true, "", valid.Cookie, valid.Headers, valid.Body);
    });

    /// <summary>The token fields the token kind added to the clean body, carried over to the defective one.</summary>
    private static PageFormBody Rebase(PageFormBody withToken, PageFormBody clean, PageFormBody defective) =>
        defective with { Fields = [.. defective.Fields, .. withToken.Fields.Skip(clean.Fields.Count)] };

    private Gen<Draft> NewMemo => Gen.Select(MemoText, Gen.Bool, Gen.OneOf("Save", "Submit"))
        .Select((text, pdf, handler) =>
        {
            var clean = new PageFormBody(true, [("Input.RouteId", Demo.MemoRoute), ("Input.Issuer", text.Item1), ("Input.Subject", text.Item2),
                ("Input.Salutation", text.Item3), ("Input.Body", text.Item4), ("Input.Version", "")], pdf ? PageFormFields.Pdf() : null);
            var path = $"/memos/new?handler={handler}";
            return new Draft("new memo", Legal, path, clean, MemoDefects(Legal, path, clean, create: true));
        });

    private static Gen<(string, string, string, string)> MemoText =>
        Gen.Select(PageFormFields.Clean, PageFormFields.Clean, PageFormFields.Clean, PageFormFields.CleanLines);

    private Gen<Draft> EditMemo => Gen.Select(Gen.OneOf("draft", "returned"), MemoText, Gen.Int[0, 2], Gen.Bool, Gen.OneOf("Save", "Submit"))
        .Select((state, text, version, pdf, handler) =>
        {
            var id = targets.Id(state);
            var fields = new List<(string, string)> { ("Input.Issuer", text.Item1), ("Input.Subject", text.Item2), ("Input.Salutation", text.Item3), ("Input.Body", text.Item4) };
            if (version > 0)
                fields.Add(("Input.Version", version == 1 ? $"{targets.Versions[id]}" : ""));
            var clean = new PageFormBody(true, fields, pdf ? PageFormFields.Pdf() : null);
            var path = $"/memos/{id}/edit?handler={handler}";
            return new Draft("edit memo", Legal, path, clean, MemoDefects(Legal, path, clean, create: false));
        });

    private Gen<Draft> MemoAction =>
        PageFormActions.Allowances(targets).Select(a => new Draft("memo action", a.Session, a.Path, a.Body, PageFormActions.Defects(targets, a)));

    private Gen<Draft> Login => Gen.Select(PageFormLogin.Effective, PageFormLogin.ReturnUrls).Select((login, returnUrl) => new Draft(
        "sign-in", targets[Demo.Anonymous], "/account/login",
        new PageFormBody(false, [("Input.UserName", login.User), ("Input.Password", login.Password), ("ReturnUrl", returnUrl)]), PageFormLogin.Defects(targets)));

    private Gen<Draft> Language => Gen.Select(Gen.OneOf([.. targets.Sessions.Values]),
            Gen.Frequency((3, Gen.OneOf("en", "th-TH")), (1, HostileText.Any)),
            Gen.Frequency((3, Gen.OneOf("/", "/public", "/memos/new")), (2, PageFormLogin.ReturnUrls)))
        .Select((s, culture, returnUrl) => new Draft("language", s, "/language", new PageFormBody(false, [("culture", culture), ("returnUrl", returnUrl)]), null));

    // Signing out ends every session of the person (ADR 9), so a post with a valid token is only sent as a visitor's.
    private Gen<Draft> Logout => Gen.OneOf([.. targets.Sessions.Values.Where(s => s.SessionCookie is not null)])
        .Select(s => new Draft("sign-out", s, "/account/logout", new PageFormBody(false, []),
            Gen.Const(new PageFormDefect(targets[Demo.Anonymous], "/account/logout", new PageFormBody(false, []), "sign-out: not signed in"))));

    /// <summary>Defects of the memo form: a refused field, route, version or file, a memo that cannot be edited, the wrong person, broken framing.</summary>
    private Gen<PageFormDefect> MemoDefects(PageFormSession s, string path, PageFormBody clean, bool create)
    {
        var field = Gen.OneOf(PageFormFields.MemoFields)
            .SelectMany(f => PageFormFields.Refused(f).Select(r => new PageFormDefect(s, path, clean.With(f, r.Value), $"memo field: {f} {r.Defect}")));
        var file = PageFormFields.BadFile.Select(f => new PageFormDefect(s, path, clean with { File = f.File }, $"file: {f.Defect}"));
        var version = PageFormFields.BadVersion.Select(v => new PageFormDefect(s, path, clean.With("Input.Version", v), "version: not a number"));
        var framing = PageFormFraming.Defects(clean).Select(b => new PageFormDefect(s, path, b.Body, $"framing: {b.Defect}"));
        var person = Gen.OneOf(targets[Demo.Section], targets[Demo.Clerk], targets[Demo.Mayor])
            .Select(p => new PageFormDefect(p, path, clean, $"wrong person: {p.User} may not write"));
        var specific = create
            ? Gen.OneOf("", "no-such-route", Demo.FinanceRoute, "memo-approval/../x", "<script>")
                .Select(r => new PageFormDefect(s, path, clean.With("Input.RouteId", r), $"route: '{r}'"))
            : Gen.Frequency(
                (3, Gen.OneOf("in-route-0", "in-route-2", "refused", "withdrawn", "signed", "finance-draft")
                    .Select(state => new PageFormDefect(s, $"/memos/{targets.Id(state)}/edit?handler=Save", clean, $"not editable: the {state} memo"))),
                (1, PageFormPaths.NotAMemo.Select(id => new PageFormDefect(s, $"/memos/{id}/edit?handler=Save", clean, $"no memo: '{id}'"))),
                (2, Gen.Int[10_001, 11_000].Select(n => new PageFormDefect(s, path, clean.With("Input.Version", $"{n}"), "version: stale"))));
        return Gen.Frequency((8, field), (3, file), (3, specific), (1, version), (2, framing), (1, person));
    }
}
