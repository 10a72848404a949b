package io.budgetkit.project;

import static java.util.Objects.requireNonNull;

/**
 * The subsidy fields of a 项目说明: recipients, standard, scope, method, procedure, beneficiaries.
 *
 * @param recipients 补贴人数
 * @param standard 补贴标准
 * @param scope 补贴范围
 * @param method 补贴方式
 * @param procedure 发放程序
 * @param beneficiaries 受益人群和社会效益
 */
public record SubsidyTerms(
    int recipients,
    SubsidyStandard standard,
    String scope,
    String method,
    String procedure,
    String beneficiaries) {
  /** Checks the components. */
  public SubsidyTerms {
    if (recipients < 0) {
      throw new IllegalArgumentException("Subsidy recipients " + recipients + " is negative");
    }
    requireNonNull(standard, "standard");
    requireNonNull(scope, "scope");
    requireNonNull(method, "method");
    requireNonNull(procedure, "procedure");
    requireNonNull(beneficiaries, "beneficiaries");
  }
}
