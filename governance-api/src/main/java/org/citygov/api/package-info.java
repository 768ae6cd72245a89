/**
 * CityGov's Java entry point for researchers and scripts: assess a scenario file or a project's parts under a
 * catalogue edition ({@link org.citygov.api.CityGov}), and sweep one field of a scenario over several values into one
 * CSV ({@link org.citygov.api.Sweep}). What it returns are the domain's own types
 * ({@code org.citygov.domain.assessment.ProjectAssessment} and its parts), inside the domain's
 * {@code org.citygov.domain.shared.Result}: an invalid input is a failure that names every problem, never an
 * exception. This package is the stable one: classes in {@code org.citygov.adapter..} and
 * {@code org.citygov.application.service..} may change without notice.
 */
package org.citygov.api;
