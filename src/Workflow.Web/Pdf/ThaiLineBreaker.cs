using System.Globalization;

namespace Workflow.Web.Pdf;

/// <summary>
/// Breaks a paragraph into lines that fit a width. Thai writes no spaces between words and .NET has no Thai word
/// breaker, so lines break at spaces first, then between the words (or syllables) of <see cref="Segments"/>; a run
/// longer than the line breaks between grapheme clusters, never inside one (a tone mark or an upper or lower vowel
/// stays with its consonant), and never right after a leading vowel (เ แ โ ใ ไ), which belongs to the consonant after
/// it (ADR 29).
/// </summary>
public static class ThaiLineBreaker
{
    /// <param name="firstWidth">The first line's width (a paragraph's first line is indented).</param>
    public static IReadOnlyList<string> Break(string text, float firstWidth, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = " ";
            foreach (var segment in Segments(word))
            {
                var candidate = line.Length == 0 ? segment : line + separator + segment;
                separator = "";
                if (measure(candidate) <= Available())
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                line = measure(segment) <= Available() ? segment : BreakLongWord(segment, lines, Available, measure);
            }
        }
        if (line.Length > 0 || lines.Count == 0)
            lines.Add(line);
        return lines;

        float Available() => lines.Count == 0 ? firstWidth : width;
    }

    /// <summary>
    /// The parts of a space-free run between which a line may break: ICU's dictionary word boundaries where ICU is
    /// there (as on Debian, where .NET uses it); otherwise the syllable edges that need no dictionary: before a
    /// leading vowel (which always begins a syllable) and after mai yamok.
    /// </summary>
    public static IEnumerable<string> Segments(string word)
    {
        var start = 0;
        foreach (var end in IcuWordBreaks.Boundaries(word) ?? SyllableEdges(word))
        {
            yield return word[start..end];
            start = end;
        }
        yield return word[start..];
    }

    /// <summary>Breaks after sara a or sara am were tried and dropped: they split too many words (ประ|จำ, สำ|นัก).</summary>
    public static IReadOnlyList<int> SyllableEdges(string word)
    {
        var edges = new List<int>();
        for (var i = 1; i < word.Length; i++)
        {
            if ((IsLeadingVowel(word[i]) && !IsLeadingVowel(word[i - 1])) || (word[i - 1] == '\u0E46' && IsConsonant(word[i])))
                edges.Add(i);
        }
        return edges;
    }

    /// <summary>Adds the full lines of a word too long for any line; answers the rest, which starts the next line.</summary>
    private static string BreakLongWord(string word, List<string> lines, Func<float> available, Func<string, float> measure)
    {
        var line = "";
        foreach (var cluster in BreakableClusters(word))
        {
            if (line.Length > 0 && measure(line + cluster) > available())
            {
                lines.Add(line);
                line = "";
            }
            line += cluster;
        }
        return line;
    }

    /// <summary>Grapheme clusters, each leading vowel joined to the cluster after it.</summary>
    private static IEnumerable<string> BreakableClusters(string word)
    {
        var pending = "";
        var clusters = StringInfo.GetTextElementEnumerator(word);
        while (clusters.MoveNext())
        {
            var cluster = pending + clusters.GetTextElement();
            if (IsLeadingVowel(cluster[^1]))
            {
                pending = cluster;
                continue;
            }
            pending = "";
            yield return cluster;
        }
        if (pending.Length > 0)
            yield return pending;
    }

    private static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';
}
