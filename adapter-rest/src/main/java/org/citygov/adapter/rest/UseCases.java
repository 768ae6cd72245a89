package org.citygov.adapter.rest;

import java.util.Objects;

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
        Objects.requireNonNull(reportProject, "reportProject");
        Objects.requireNonNull(publishProject, "publishProject");
    }
}
