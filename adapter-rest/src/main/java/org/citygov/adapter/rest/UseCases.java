package org.citygov.adapter.rest;

import java.util.Objects;

import org.citygov.application.port.in.AssessPlatform;
import org.citygov.application.port.in.ConcludeAgreements;
import org.citygov.application.port.in.ManageOffers;
import org.citygov.application.port.in.RegisterPlatform;
import org.citygov.application.port.in.TracePlatformLog;
import org.citygov.application.port.in.ViewPlatforms;
import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.port.in.ExerciseRights;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.ManageTokens;
import org.citygov.application.port.in.PublishProject;
import org.citygov.application.port.in.ReportProject;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.ViewCatalogue;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.application.port.in.ViewProjects;

/** The in-ports the HTTP API calls; the composition root supplies them. */
public record UseCases(
        ImportScenario importScenario,
        ViewProjects viewProjects,
        ChangeProject changeProject,
        RecordEngagement recordEngagement,
        MoveCycle moveCycle,
        AssessProject assessProject,
        DesignRules designRules,
        EvaluateProject evaluateProject,
        ViewCatalogue viewCatalogue,
        ViewHistory viewHistory,
        Authenticate authenticate,
        IssueToken issueToken,
        ManageTokens manageTokens,
        DecideLinkage decideLinkage,
        ExerciseRights exerciseRights,
        AuditLinkageLog auditLinkageLog,
        PlatformUseCases platforms,
        ReportProject reportProject,
        PublishProject publishProject) {

    public UseCases {
        Objects.requireNonNull(importScenario, "importScenario");
        Objects.requireNonNull(viewProjects, "viewProjects");
        Objects.requireNonNull(changeProject, "changeProject");
        Objects.requireNonNull(recordEngagement, "recordEngagement");
        Objects.requireNonNull(moveCycle, "moveCycle");
        Objects.requireNonNull(assessProject, "assessProject");
        Objects.requireNonNull(designRules, "designRules");
        Objects.requireNonNull(evaluateProject, "evaluateProject");
        Objects.requireNonNull(viewCatalogue, "viewCatalogue");
        Objects.requireNonNull(viewHistory, "viewHistory");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(issueToken, "issueToken");
        Objects.requireNonNull(manageTokens, "manageTokens");
        Objects.requireNonNull(decideLinkage, "decideLinkage");
        Objects.requireNonNull(exerciseRights, "exerciseRights");
        Objects.requireNonNull(auditLinkageLog, "auditLinkageLog");
        Objects.requireNonNull(platforms, "platforms");
        Objects.requireNonNull(reportProject, "reportProject");
        Objects.requireNonNull(publishProject, "publishProject");
    }

    /**
     * The data-platform in-ports (MARKET.md): assessing documents, and stored platforms — registering, reading,
     * offers, agreements and deliveries, their entries in the linkage log.
     */
    public record PlatformUseCases(AssessPlatform assess, RegisterPlatform register, ViewPlatforms view,
                                   ManageOffers offers, ConcludeAgreements agreements, TracePlatformLog log) {
        public PlatformUseCases {
            Objects.requireNonNull(assess, "assess");
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(offers, "offers");
            Objects.requireNonNull(agreements, "agreements");
            Objects.requireNonNull(log, "log");
        }
    }
}
