using Workflow.Core.Engine;
using Workflow.Core.Routes;
using static Workflow.Core.Engine.ActionKind;
using static Workflow.Core.Engine.DocumentStatus;
using static Workflow.Core.Tests.Engine.EngineScene;

namespace Workflow.Core.Tests.Engine;

/// <summary>Every status × action × person, on the small test route and on the reference memo route.</summary>
public class RouteEngineMatrixTests
{
    public static TheoryData<string, DocumentStatus, ActionKind, Role> Matrix()
    {
        var data = new TheoryData<string, DocumentStatus, ActionKind, Role>();
        foreach (var route in new[] { SmallRoute, ReferenceRoute })
            foreach (var status in Enum.GetValues<DocumentStatus>())
                foreach (var action in Enum.GetValues<ActionKind>().Where(a => a != Declassify))
                    foreach (var role in Enum.GetValues<Role>())
                        data.Add(route, status, action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_allows_or_refuses_as_the_permission_table_says(string routeName, DocumentStatus status, ActionKind action, Role role)
    {
        var route = Route(routeName);
        var state = StateWith(status, route);

        var result = Decide(route, state, Playing(route, role), action, "เหตุผลประกอบ");

        var expected = Expected(status, action, role);
        if (expected is RefusalKind kind)
        {
            Assert.False(result.IsAllowed, "expected a refusal");
            Assert.Equal(kind, result.Refusal.Kind);
        }
        else
        {
            Assert.Equal(StatusAfter(action), Allowed(result).NewState.Status);
        }
    }

    /// <summary>
    /// A document in each status as it would be after a real history on a route whose step 1 is an endorsement:
    /// every one but the signed document left the route at step 1, so the holder of step 2 was never reached.
    /// </summary>
    private static RouteState StateWith(DocumentStatus status, RouteDefinition route) => status switch
    {
        Draft => RouteState.NewDraft,
        InRoute => new RouteState(InRoute, 1, 1, 1),
        Returned => new RouteState(Returned, 0, 1, 1),
        Signed => new RouteState(Signed, route.Steps.Count - 1, 1, route.Steps.Count - 1),
        Refused => new RouteState(Refused, 1, 1, 1),
        _ => new RouteState(Withdrawn, 1, 1, 1),
    };

    /// <summary>
    /// Who may read the document in each status: its author, and the holders of the steps it reached (step 1, or
    /// every step once signed). A draft has reached nobody; the stranger holds no step of the route.
    /// </summary>
    private static bool Reads(DocumentStatus status, Role role) => role switch
    {
        Role.Author => true,
        Role.Stranger => false,
        Role.FutureHolder => status == Signed,
        _ => status != Draft,
    };

    /// <summary>The permission table, written from the design rather than from the engine: null means allowed.</summary>
    private static RefusalKind? Expected(DocumentStatus status, ActionKind action, Role role)
    {
        const RefusalKind forbidden = RefusalKind.Forbidden, conflict = RefusalKind.Conflict;
        if (!Reads(status, role))
            return RefusalKind.NotFound; // whatever the action: to a non-reader the document does not exist
        switch (action)
        {
            case Submit:
                return role != Role.Author ? forbidden : status is Draft or Returned ? null : conflict;
            case Withdraw:
                return role != Role.Author ? forbidden : status is Signed or Refused or Withdrawn ? conflict : null;
        }

        if (role == Role.Author)
            return forbidden;
        if (status != InRoute)
            return conflict; // the document has left the route: an approver it reached who acts now saw a stale page
        return role switch
        {
            Role.CurrentHolder or Role.ActingCurrentHolder => action == Sign ? conflict : null, // step 1 is an endorsement
            _ => conflict, // the holder of step 0, whose turn has passed
        };
    }

    private static DocumentStatus StatusAfter(ActionKind action) => action switch
    {
        Submit or Endorse => InRoute,
        Return => Returned,
        Refuse => Refused,
        Withdraw => Withdrawn,
        _ => Signed,
    };
}
