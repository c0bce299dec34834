using Microsoft.AspNetCore.Mvc.ModelBinding;
using Workflow.Core.Routes;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Memos;

/// <summary>What the shared memo form needs: the input, the routes to choose from (new memos only), the messages, whether attachments may be removed (editing).</summary>
public sealed record MemoFormView(
    MemoInput Input,
    IReadOnlyList<RouteDefinition>? Routes,
    IReadOnlyList<AttachmentView> Attachments,
    ModelStateDictionary ModelState,
    long MaxBytes,
    bool Removable = false)
{
    public string MaxMegabytes => $"{MaxBytes / (1024 * 1024.0):0.#}";

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? Invalid(string key) => ErrorFor(key) is null ? null : "true";
}
