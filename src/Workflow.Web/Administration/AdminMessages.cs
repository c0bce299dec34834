namespace Workflow.Web.Administration;

/// <summary>
/// Validation messages of the administration inputs: read as they are by API clients, and the keys the pages translate
/// (Resources/Pages/Support/UiText*.resx), so one input record serves both.
/// </summary>
public static class AdminMessages
{
    public const string Required = "{0} is required.";

    public const string MaxLength = "{0} must be at most {1} characters long.";

    public const string Length = "{0} must be {2} to {1} characters long.";

    public const string Key = "{0} must be 2 to 64 lowercase letters, digits or hyphens, starting with a letter.";
}
