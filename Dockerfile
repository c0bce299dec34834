# The memo service: built with the SDK, run on the smaller ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so a code change does not invalidate the cached restore layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Workflow.Core/Workflow.Core.csproj src/Workflow.Core/
COPY src/Workflow.Contracts/Workflow.Contracts.csproj src/Workflow.Contracts/
COPY src/Workflow.Web/Workflow.Web.csproj src/Workflow.Web/
RUN dotnet restore src/Workflow.Web/Workflow.Web.csproj
COPY src/ src/
# Workflow.Web.csproj copies these route definitions into the output as workflows/.
COPY workflows/ workflows/
RUN dotnet publish src/Workflow.Web/Workflow.Web.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The official PDF is set in Laksaman (fonts-thai-tlwg, metrically compatible with TH Sarabun); SkiaSharp's native
# library needs fontconfig.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-thai-tlwg libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# Owned by the app user so a fresh named volume mounted here is writable without root.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Workflow.Web.dll"]
