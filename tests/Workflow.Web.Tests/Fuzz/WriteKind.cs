namespace Workflow.Web.Tests.Fuzz;

/// <summary>Which write endpoint a request reaches, judged from its method and path as the server will route them.</summary>
public enum WriteKind
{
    None,
    Login,
    Create,
    Update,
    Action,
    Upload,
    Remove,
}
