"""publiccode.yml at the root follows the publiccode.yml standard, version 0.4
(standard.publiccode.net): the keys it requires, their types and the values it allows.

The schema below is our transcription of the standard's rules, not a copy of a published
schema file; no schema can be fetched at test time.
"""

from datetime import date
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = [
    "accounting",
    "agile-project-management",
    "applicant-tracking",
    "application-development",
    "appointment-scheduling",
    "backup",
    "billing-and-invoicing",
    "blog",
    "budgeting",
    "business-intelligence",
    "business-process-management",
    "cad",
    "call-center-management",
    "cloud-management",
    "collaboration",
    "communications",
    "compliance-management",
    "contact-management",
    "content-management",
    "crm",
    "customer-service-and-support",
    "data-analytics",
    "data-collection",
    "data-visualization",
    "design",
    "design-system",
    "digital-asset-management",
    "digital-citizenship",
    "document-management",
    "donor-management",
    "e-commerce",
    "e-signature",
    "educational-content",
    "email-management",
    "email-marketing",
    "employee-management",
    "enterprise-project-management",
    "enterprise-social-networking",
    "erp",
    "event-management",
    "facility-management",
    "feedback-and-reviews-management",
    "financial-reporting",
    "fleet-management",
    "fundraising",
    "gamification",
    "geographic-information-systems",
    "grant-management",
    "graphic-design",
    "help-desk",
    "hr",
    "ide",
    "identity-management",
    "instant-messaging",
    "integrated-library-system",
    "inventory-management",
    "it-asset-management",
    "it-development",
    "it-management",
    "it-security",
    "it-service-management",
    "knowledge-management",
    "learning-management-system",
    "marketing",
    "mind-mapping",
    "mobile-marketing",
    "mobile-payment",
    "network-management",
    "office",
    "online-booking",
    "online-community",
    "payment-gateway",
    "payroll",
    "predictive-analysis",
    "procurement",
    "productivity-suite",
    "project-collaboration",
    "project-management",
    "property-management",
    "real-estate-management",
    "regulations-and-directives",
    "remote-support",
    "resource-management",
    "sales-management",
    "seo",
    "service-desk",
    "social-media-management",
    "survey",
    "talent-management",
    "task-management",
    "taxes-management",
    "test-management",
    "time-management",
    "time-tracking",
    "translation",
    "video-conferencing",
    "video-editing",
    "visitor-management",
    "voip",
    "warehouse-management",
    "web-collaboration",
    "web-conferencing",
    "website-builder",
    "whistleblowing",
    "workflow-management",
]

SCOPES = [
    "agriculture",
    "culture",
    "defence",
    "education",
    "emergency-services",
    "employment",
    "energy",
    "environment",
    "finance-and-economic-development",
    "foreign-affairs",
    "government",
    "healthcare",
    "infrastructures",
    "justice",
    "local-authorities",
    "manufacturing",
    "research",
    "science-and-technology",
    "security",
    "society",
    "sport",
    "tourism",
    "transportation",
    "welfare",
]

STRINGS = {"type": "array", "items": {"type": "string"}}
DEPENDENCIES = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "versionMin": {"type": ["string", "number"]},
            "versionMax": {"type": ["string", "number"]},
            "version": {"type": ["string", "number"]},
            "optional": {"type": "boolean"},
        },
    },
}

SCHEMA = {
    "type": "object",
    "required": [
        "publiccodeYmlVersion", "name", "url", "platforms", "categories",
        "developmentStatus", "softwareType", "description", "legal", "maintenance",
        "localisation",
    ],
    "properties": {
        "publiccodeYmlVersion": {"const": "0.4"},
        "name": {"type": "string", "minLength": 1},
        "url": {"type": "string", "format": "uri", "pattern": "^https://"},
        "softwareVersion": {"type": "string"},
        "releaseDate": {"type": "string", "format": "date"},
        "platforms": {**STRINGS, "minItems": 1},
        "categories": {"type": "array", "minItems": 1, "items": {"enum": CATEGORIES}},
        "developmentStatus": {"enum": ["concept", "development", "beta", "stable", "obsolete"]},
        "softwareType": {
            "enum": [
                "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                "standalone/backend", "standalone/other", "addon", "library",
                "configurationFiles",
            ]
        },
        "intendedAudience": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "countries": {"type": "array", "items": {"pattern": "^[a-z]{2}$"}},
                "unsupportedCountries": {"type": "array", "items": {"pattern": "^[a-z]{2}$"}},
                "scope": {"type": "array", "items": {"enum": SCOPES}},
            },
        },
        "description": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["shortDescription", "longDescription", "features"],
                "properties": {
                    "localisedName": {"type": "string"},
                    "genericName": {"type": "string", "maxLength": 35},
                    "shortDescription": {"type": "string", "maxLength": 150},
                    "longDescription": {"type": "string", "minLength": 150, "maxLength": 10000},
                    "documentation": {"type": "string", "format": "uri"},
                    "apiDocumentation": {"type": "string", "format": "uri"},
                    "features": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "maxLength": 100},
                    },
                    "screenshots": STRINGS,
                    "videos": STRINGS,
                    "awards": STRINGS,
                },
            },
        },
        "legal": {
            "type": "object",
            "additionalProperties": False,
            "required": ["license"],
            "properties": {
                "license": {"type": "string"},
                "mainCopyrightOwner": {"type": "string"},
                "repoOwner": {"type": "string"},
                "authorsFile": {"type": "string"},
            },
        },
        "maintenance": {
            "type": "object",
            "additionalProperties": False,
            "required": ["type"],
            "properties": {
                "type": {"enum": ["internal", "contract", "community", "none"]},
                "contractors": {"type": "array"},
                "contacts": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "email": {"type": "string", "format": "email"},
                            "phone": {"type": "string"},
                            "affiliation": {"type": "string"},
                        },
                    },
                },
            },
            # Internal or community maintenance names its contacts.
            "if": {"properties": {"type": {"enum": ["internal", "community"]}}},
            "then": {"required": ["contacts"], "properties": {"contacts": {"minItems": 1}}},
        },
        "localisation": {
            "type": "object",
            "additionalProperties": False,
            "required": ["localisationReady", "availableLanguages"],
            "properties": {
                "localisationReady": {"type": "boolean"},
                "availableLanguages": {**STRINGS, "minItems": 1},
            },
        },
        "dependsOn": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"open": DEPENDENCIES, "proprietary": DEPENDENCIES, "hardware": DEPENDENCIES},
        },
    },
}  # fmt: skip


def load():
    # YAML would turn an unquoted date into a date object; the standard wants a string.
    return yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))


def test_publiccode_yml_follows_the_standard():
    data = load()
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_publiccode_yml_agrees_with_the_project():
    data = load()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{data["softwareVersion"]}"' in pyproject
    assert f'license = "{data["legal"]["license"]}"' in pyproject
    assert date.fromisoformat(data["releaseDate"]) <= date.today()
    from django.conf import settings

    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert data["localisation"]["availableLanguages"] == languages


def test_the_schema_catches_a_broken_file():
    broken = load()
    del broken["legal"]
    broken["developmentStatus"] = "almost-done"
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(broken))
    assert {error.validator for error in errors} >= {"required", "enum"}
