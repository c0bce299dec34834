using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Infrastructure;

/// <summary>Registers the one cleaning of user text for both doors: JSON bodies (API) and form fields (pages).</summary>
public static class PlainTextInput
{
    public static IServiceCollection AddPlainTextInput(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.TypeInfoResolver =
            (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(PlainTextJson.CleanPlainText));
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new PlainTextModelBinderProvider()));
        return services;
    }
}
