namespace Workflow.Web.Administration;

/// <summary>GET /api/delegations: what I delegated, and what was delegated to me.</summary>
public sealed record DelegationList(IReadOnlyList<AssignmentView> Given, IReadOnlyList<AssignmentView> Received);
