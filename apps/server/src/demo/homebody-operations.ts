/**
 * The demo's operational database: small stand-ins for Homebody Appliances' five systems
 * (crm, webshop, service, erp, mes), created in an embedded PostgreSQL that Steward serves and
 * reads through its ordinary PostgreSQL connector. Rows are generated deterministically, with
 * the flaws a governance team meets (invalid emails, missing phones, duplicate customers).
 */
export const homebodyOperationsSql = `
create schema crm;
comment on schema crm is 'Customer relationship management: consumers, retail partners and their contacts';

create table crm.account (
  account_id integer primary key,
  account_name text not null,
  account_type text not null check (account_type in ('consumer', 'retail_partner')),
  country_code char(2) not null,
  created_at timestamptz not null default now()
);
comment on table crm.account is 'A paying party: a household or a retail partner';

create table crm.customer (
  customer_id integer primary key,
  account_id integer not null references crm.account (account_id),
  first_name text not null,
  last_name text not null,
  email text,
  phone text,
  date_of_birth date,
  street_address text,
  postal_code text,
  city text,
  loyalty_tier text,
  created_at timestamptz not null default now()
);
comment on table crm.customer is 'People who bought or registered a Homebody appliance';
comment on column crm.customer.email is 'Where we write to the customer; required for warranty registration';
comment on column crm.customer.date_of_birth is 'Asked only for the loyalty program';

create table crm.contact (
  contact_id integer primary key,
  account_id integer not null references crm.account (account_id),
  full_name text not null,
  role_title text,
  email text,
  phone text
);
comment on table crm.contact is 'People at retail partners we deal with';

create view crm.consumer_customer as
  select c.customer_id, c.first_name, c.last_name, c.email, c.phone, c.city
  from crm.customer c join crm.account a on a.account_id = c.account_id
  where a.account_type = 'consumer';
comment on view crm.consumer_customer is 'Customers of consumer accounts, for marketing';

create schema webshop;
comment on schema webshop is 'The online shop';

create table webshop.web_customer (
  web_customer_id integer primary key,
  email text not null,
  display_name text,
  phone text,
  crm_customer_id integer,
  registered_at timestamptz not null
);
comment on table webshop.web_customer is 'Shop log-ins; crm_customer_id links to CRM when known';

create table webshop.address (
  address_id integer primary key,
  web_customer_id integer not null references webshop.web_customer (web_customer_id),
  street text not null,
  postal_code text,
  city text not null,
  country_code char(2) not null
);

create table webshop.web_order (
  order_id integer primary key,
  web_customer_id integer not null references webshop.web_customer (web_customer_id),
  shipping_address_id integer references webshop.address (address_id),
  ordered_at timestamptz not null,
  total_amount numeric(10, 2) not null,
  currency char(3) not null default 'EUR',
  payment_card_last4 char(4)
);
comment on table webshop.web_order is 'Orders placed in the online shop';

create schema service;
comment on schema service is 'After-sales service: tickets, technician visits, installed base';

create table service.installed_appliance (
  serial_number text primary key,
  model_number text not null,
  customer_id integer,
  installed_on date,
  warranty_start_date date,
  warranty_end_date date
);
comment on table service.installed_appliance is 'The installed base: every registered appliance at a customer';

create table service.service_ticket (
  ticket_id integer primary key,
  serial_number text references service.installed_appliance (serial_number),
  customer_id integer,
  opened_at timestamptz not null,
  status text not null,
  problem_code text,
  description text
);

create table service.service_visit (
  visit_id integer primary key,
  ticket_id integer not null references service.service_ticket (ticket_id),
  visit_date date not null,
  technician text not null,
  visit_address text,
  outcome text
);
comment on column service.service_visit.visit_address is 'Where the technician went; about 340 visits a month go to a wrong address';

create view service.open_ticket as
  select t.ticket_id, t.serial_number, t.opened_at, t.problem_code, a.model_number
  from service.service_ticket t left join service.installed_appliance a on a.serial_number = t.serial_number
  where t.status in ('open', 'scheduled');

create schema erp;
comment on schema erp is 'Enterprise resource planning: products, materials, suppliers, invoices';

create table erp.supplier (
  supplier_id integer primary key,
  supplier_name text not null,
  vat_number text,
  country_code char(2) not null,
  contact_email text
);

create table erp.product (
  sku text primary key,
  model_number text not null,
  product_name text not null,
  product_line text not null,
  list_price numeric(10, 2),
  launched_on date,
  discontinued boolean not null default false
);
comment on table erp.product is 'Finished goods and spare parts, one row per SKU';
comment on column erp.product.sku is 'Stock keeping unit';

create table erp.material (
  material_id integer primary key,
  material_name text not null,
  supplier_id integer references erp.supplier (supplier_id),
  unit_cost numeric(10, 4)
);

create table erp.invoice (
  invoice_id integer primary key,
  account_id integer not null,
  invoice_date date not null,
  amount numeric(12, 2) not null,
  currency char(3) not null default 'EUR',
  paid boolean not null default false
);

create schema mes;
comment on schema mes is 'Manufacturing execution: production orders and quality checks';

create table mes.production_order (
  production_order_id integer primary key,
  sku text not null references erp.product (sku),
  quantity integer not null,
  planned_start date not null,
  plant text not null
);

create table mes.quality_check (
  check_id integer primary key,
  production_order_id integer not null references mes.production_order (production_order_id),
  checked_at timestamptz not null,
  passed boolean not null,
  defect_code text
);

-- Rows: generated, deterministic.
insert into crm.account
  select g, case when g % 10 = 0 then 'Retail partner ' || g else 'Household ' || g end,
         case when g % 10 = 0 then 'retail_partner' else 'consumer' end,
         (array['DE', 'NL', 'FR', 'GB', 'US'])[1 + g % 5], timestamptz '2024-01-01' + (g || ' hours')::interval
  from generate_series(1, 400) g;

insert into crm.customer
  select g, 1 + (g * 7) % 400,
    (array['Anna', 'Ben', 'Carla', 'David', 'Emma', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas'])[1 + g % 10],
    (array['Schmidt', 'de Vries', 'Martin', 'Smith', 'Jones', 'Meyer', 'Bakker', 'Dubois', 'Brown', 'Wagner', 'Visser', 'Laurent'])[1 + g % 12],
    case when g % 20 = 0 then null
         when g % 17 = 0 then 'customer' || g || '.example.com'
         else lower((array['anna', 'ben', 'carla', 'david', 'emma', 'felix', 'greta', 'hugo', 'ines', 'jonas'])[1 + g % 10]) || '.' || g || '@mail.example' end,
    case when g % 9 = 0 then null else '+49 30 ' || lpad((1000000 + g * 37)::text, 7, '0') end,
    date '1950-01-01' + ((g * 97) % 20000),
    (g % 200 + 1) || ' ' || (array['Hauptstraße', 'Keizersgracht', 'Rue de la Paix', 'High Street', 'Main Street'])[1 + g % 5],
    lpad(((g * 131) % 90000 + 10000)::text, 5, '0'),
    (array['Berlin', 'Amsterdam', 'Paris', 'London', 'Boston'])[1 + g % 5],
    (array['bronze', 'silver', 'gold', null])[1 + g % 4],
    timestamptz '2024-01-01' + (g || ' hours')::interval
  from generate_series(1, 1200) g;

insert into crm.contact
  select g, (g % 40 + 1) * 10, 'Buyer ' || g, (array['Head of purchasing', 'Store manager', 'Category buyer'])[1 + g % 3],
         'buyer' || g || '@partner.example', '+31 20 ' || lpad((500000 + g)::text, 7, '0')
  from generate_series(1, 80) g;

insert into webshop.web_customer
  select g, 'shopper' || g || '@mail.example', 'Shopper ' || g,
         case when g % 5 = 0 then null else '+49 40 ' || lpad((2000000 + g * 11)::text, 7, '0') end,
         case when g % 3 = 0 then null else 1 + (g * 5) % 1200 end,
         timestamptz '2024-03-01' + (g || ' hours')::interval
  from generate_series(1, 900) g;

insert into webshop.address
  select g, g, (g % 150 + 1) || ' Parkweg', lpad(((g * 53) % 9000 + 1000)::text, 4, '0') || ' AB', 'Utrecht', 'NL'
  from generate_series(1, 900) g;

insert into webshop.web_order
  select g, 1 + (g * 13) % 900, 1 + (g * 13) % 900, timestamptz '2025-01-01' + (g * 3 || ' hours')::interval,
         round((49 + (g * 37) % 1500)::numeric + 0.99, 2), 'EUR', lpad(((g * 7919) % 10000)::text, 4, '0')
  from generate_series(1, 2500) g;

insert into erp.supplier
  select g, (array['Nordic Steel', 'Rhein Motors', 'Polymer Works', 'Glasshaus', 'Electro Parts'])[1 + g % 5] || ' ' || g,
         'DE' || lpad((100000000 + g * 17)::text, 9, '0'), (array['DE', 'PL', 'CN', 'IT'])[1 + g % 4], 'sales@supplier' || g || '.example'
  from generate_series(1, 30) g;

insert into erp.product
  select 'HB-' || lpad(g::text, 5, '0'), (array['WM', 'DW', 'FR', 'OV', 'DR'])[1 + g % 5] || '-' || (100 + g),
         (array['Washing machine', 'Dishwasher', 'Fridge', 'Oven', 'Dryer'])[1 + g % 5] || ' ' || (100 + g),
         case when g > 160 then 'spare_part' else 'finished_good' end,
         round((199 + (g * 29) % 1800)::numeric, 2), date '2018-01-01' + (g * 11), g % 13 = 0
  from generate_series(1, 200) g;

insert into erp.material
  select g, 'Material ' || g, 1 + g % 30, round((0.5 + (g * 3) % 90)::numeric, 4) from generate_series(1, 150) g;

insert into erp.invoice
  select g, 1 + (g * 3) % 400, date '2025-01-01' + (g % 330), round((99 + (g * 41) % 4000)::numeric, 2), 'EUR', g % 7 <> 0
  from generate_series(1, 1500) g;

insert into service.installed_appliance
  select 'SN' || lpad(g::text, 8, '0'), (array['WM', 'DW', 'FR', 'OV', 'DR'])[1 + g % 5] || '-' || (100 + g % 200),
         case when g % 11 = 0 then null else 1 + (g * 3) % 1200 end,
         date '2020-01-01' + (g % 2000), date '2020-01-01' + (g % 2000), date '2022-01-01' + (g % 2000)
  from generate_series(1, 3000) g;

insert into service.service_ticket
  select g, 'SN' || lpad((1 + (g * 7) % 3000)::text, 8, '0'), 1 + (g * 3) % 1200,
         timestamptz '2025-06-01' + (g * 5 || ' hours')::interval,
         (array['open', 'scheduled', 'resolved', 'closed'])[1 + g % 4], 'E' || (10 + g % 40), 'Reported problem ' || g
  from generate_series(1, 1800) g;

insert into service.service_visit
  select g, 1 + (g * 3) % 1800, date '2025-06-02' + (g % 170), (array['K. Weber', 'L. Jansen', 'M. Petit', 'N. Clark'])[1 + g % 4],
         (g % 120 + 1) || ' Gartenweg, Hamburg', (array['fixed', 'part ordered', 'not home', 'wrong address'])[1 + g % 4]
  from generate_series(1, 2200) g;

insert into mes.production_order
  select g, 'HB-' || lpad((1 + g % 160)::text, 5, '0'), 50 + (g * 17) % 500, date '2025-01-06' + (g % 300), (array['Leipzig', 'Brno'])[1 + g % 2]
  from generate_series(1, 600) g;

insert into mes.quality_check
  select g, 1 + (g * 7) % 600, timestamptz '2025-01-07' + (g * 2 || ' hours')::interval, g % 19 <> 0,
         case when g % 19 = 0 then 'D' || (g % 9) end
  from generate_series(1, 2400) g;

analyze;
`;
