# The worker service. Built from the repository root: docker build -f deploy/worker.Dockerfile .
# The build step is scripts/publish, the same command CI runs (scripts/test), so what CI checks is what ships.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN bash scripts/publish /out worker

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out/worker ./
COPY catalog ./catalog
RUN mkdir -p /var/lib/resourcemonitor && chown app /var/lib/resourcemonitor
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__SpoolDirectory=/var/lib/resourcemonitor/spool
EXPOSE 8080
VOLUME /var/lib/resourcemonitor
ENTRYPOINT ["dotnet", "ResourceMonitor.Worker.dll"]
