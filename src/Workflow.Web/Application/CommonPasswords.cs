namespace Workflow.Web.Application;

/// <summary>
/// The shipped list of the most common passwords (Resources/common-passwords.txt, embedded). A password is common when
/// it is on the list, or is a listed word with only digits and symbols around it ("Password2026!").
/// </summary>
public sealed class CommonPasswords
{
    private readonly HashSet<string> _words;

    private CommonPasswords(HashSet<string> words) => _words = words;

    public static CommonPasswords Shipped { get; } = Load();

    public int Count => _words.Count;

    public bool Contains(string password)
    {
        var lower = password.ToLowerInvariant();
        if (_words.Contains(lower))
            return true;
        var core = lower.Trim(NotLetters(lower));
        return core.Length >= 4 && core.Length < lower.Length && _words.Contains(core);
    }

    private static char[] NotLetters(string s) => s.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Workflow.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line.Trim().ToLowerInvariant());
        }

        return new CommonPasswords(words);
    }
}
