namespace Workflow.Core.Calendar;

/// <summary>A holiday list file cannot be used. Each problem reads "file: $.json.path: what is wrong".</summary>
public sealed class HolidayListException : Exception
{
    public HolidayListException(string path, IReadOnlyList<string> problems)
        : base($"Holiday list '{path}' is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)))
    {
        Path = path;
        Problems = problems;
    }

    public string Path { get; }

    public IReadOnlyList<string> Problems { get; }
}
