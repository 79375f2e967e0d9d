# The edge agent (one per plant). Built from the repository root: docker build -f deploy/edge.Dockerfile .
# The build step is scripts/publish, the same command CI runs (scripts/test), so what CI checks is what ships.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN bash scripts/publish /out edge

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /out/edge ./
COPY catalog ./catalog
RUN mkdir -p /var/lib/resourcemonitor && chown app /var/lib/resourcemonitor
USER app
VOLUME /var/lib/resourcemonitor
ENTRYPOINT ["dotnet", "ResourceMonitor.Edge.dll"]
