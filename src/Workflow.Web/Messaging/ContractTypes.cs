using Workflow.Contracts;

namespace Workflow.Web.Messaging;

/// <summary>Maps the type names stored in the outbox back to contract types.</summary>
public static class ContractTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(DocumentEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .ToDictionary(t => t.Name);

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown contract type {name}.");
}
