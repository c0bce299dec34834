namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Judges, from the method and the path as sent, whether a request reaches a write endpoint and whether it names a
/// real document. It errs on the side of "write": a request it wrongly calls a write only gets a defective body.
/// </summary>
public static class WriteTargets
{
    public static (WriteKind Kind, bool RealTarget) Classify(string method, Uri uri, IReadOnlyCollection<Guid> documents)
    {
        var verb = method.ToUpperInvariant();
        // Decoded segment by segment (%2F stays inside its segment, as ASP.NET does) and decoded whole.
        var bySegment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape).ToList();
        var whole = Unescape(uri.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var best = (WriteKind.None, false);
        foreach (var segments in new[] { bySegment, Resolve(bySegment), whole, Resolve(whole) })
        {
            var found = Match(verb, segments, documents);
            if (found.Kind != WriteKind.None && (best.Item1 == WriteKind.None || found.RealTarget))
                best = found;
        }

        return best;
    }

    private static (WriteKind Kind, bool RealTarget) Match(string verb, IReadOnlyList<string> s, IReadOnlyCollection<Guid> documents)
    {
        bool Is(int i, string literal) => s.Count > i && s[i].Equals(literal, StringComparison.OrdinalIgnoreCase);
        bool Real(int i) => Guid.TryParse(s[i], out var id) && documents.Contains(id);
        if (!Is(0, "api"))
            return (WriteKind.None, false);
        return (verb, s.Count) switch
        {
            ("POST", 3) when Is(1, "auth") && Is(2, "login") => (WriteKind.Login, true),
            ("POST", 2) when Is(1, "documents") => (WriteKind.Create, true),
            ("PUT", 3) when Is(1, "documents") => (WriteKind.Update, Real(2)),
            ("POST", 4) when Is(1, "documents") && Is(3, "attachments") => (WriteKind.Upload, Real(2)),
            ("DELETE", 5) when Is(1, "documents") && Is(3, "attachments") => (WriteKind.Remove, Real(2)),
            ("POST", 4) when Is(1, "documents") && PathSegments.Actions.Contains(s[3].ToLowerInvariant()) => (WriteKind.Action, Real(2)),
            _ => (WriteKind.None, false),
        };
    }

    private static string Unescape(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return segment;
        }
    }

    /// <summary>The segments with "." and ".." applied, in case the server resolves them after decoding.</summary>
    private static List<string> Resolve(List<string> segments)
    {
        var resolved = new List<string>();
        foreach (var s in segments)
        {
            if (s == "..")
            {
                if (resolved.Count > 0)
                    resolved.RemoveAt(resolved.Count - 1);
            }
            else if (s != ".")
            {
                resolved.Add(s);
            }
        }

        return resolved;
    }
}
