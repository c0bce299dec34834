using Microsoft.Extensions.Options;

namespace Workflow.Web.Options;

/// <summary>Stops start-up when a font file is missing, naming the setting and the path, instead of failing at the first publication.</summary>
public sealed class PdfOptionsValidator(IHostEnvironment environment) : IValidateOptions<PdfOptions>
{
    public ValidateOptionsResult Validate(string? name, PdfOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.FontDirectory))
            return ValidateOptionsResult.Fail($"{PdfOptions.Section}:{nameof(options.FontDirectory)} must name the folder of the Laksaman font (Debian: fonts-thai-tlwg).");
        var missing = new[] { PdfOptions.RegularFile, PdfOptions.BoldFile }
            .Select(file => options.FontPath(environment.ContentRootPath, file))
            .Where(path => !File.Exists(path))
            .Select(path => $"{PdfOptions.Section}:{nameof(options.FontDirectory)}: the font file {path} does not exist (install fonts-thai-tlwg or point the setting at a folder with it).")
            .ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
